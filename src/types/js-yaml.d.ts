// The part of js-yaml 4 that src/lib/fast-yaml.ts uses (there is no @types/js-yaml in this project).
declare module 'js-yaml' {
  interface TypeOptions {
    kind: 'scalar' | 'sequence' | 'mapping';
    resolve?: (data: any) => boolean;
    construct?: (data: any) => unknown;
  }
  class Type {
    constructor(tag: string, options: TypeOptions);
  }
  class Schema {
    extend(types: Type | Type[] | { implicit?: Type[]; explicit?: Type[] }): Schema;
  }
  interface LoadOptions {
    filename?: string;
    schema?: Schema;
    json?: boolean;
    /** Called as each node opens and closes; `position` is where the parser stands in the text. */
    listener?: (event: 'open' | 'close', state: { position: number; kind: string | null }) => void;
  }
  class YAMLException extends Error {}
  const FAILSAFE_SCHEMA: Schema;
  const CORE_SCHEMA: Schema;
  function load(text: string, options?: LoadOptions): unknown;
  const jsYaml: {
    Type: typeof Type;
    Schema: typeof Schema;
    FAILSAFE_SCHEMA: Schema;
    CORE_SCHEMA: Schema;
    YAMLException: typeof YAMLException;
    load: typeof load;
  };
  export { Type, Schema, FAILSAFE_SCHEMA, CORE_SCHEMA, YAMLException, load };
  export default jsYaml;
}
