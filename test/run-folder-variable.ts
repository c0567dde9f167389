/**
 * The variable every process of a test run inherits, naming the run's folder (test/temp-dir-setup.ts).
 * The suite's own, no knob of the product: it lives beside the setup, outside test/support, whose
 * KB_ variables kb-config.test.ts holds to be listed in kbEnvironment and the README.
 */
export const runFolderVariable = 'KB_TEST_TEMP_ROOT';
