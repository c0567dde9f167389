/** How a customer-facing post names an action item's status: the page and the public diff both use it. */
export const publicActionStatusLabels: Record<string, string> = { open: 'Planned', 'in-progress': 'In progress', done: 'Done', 'wont-do': 'Not pursued' };
