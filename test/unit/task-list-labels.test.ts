import { expect, test } from 'vitest';
import { markdownToHtml } from 'satteri';
import { labelTaskListCheckboxes, taskListLabelsPlugin } from '../../src/lib/task-list-labels.ts';

const taskList = '- [x] rolled back\n- [ ] add a check\n\n<input type="checkbox" disabled aria-label="kept"/>\n';

test('task-list checkboxes in rendered Markdown get an accessible name', () => {
  expect(labelTaskListCheckboxes('<li><input type="checkbox" checked disabled/> a</li><li><input type="checkbox" disabled/> b</li>')).toBe(
    '<li><input type="checkbox" checked disabled aria-label="done"/> a</li><li><input type="checkbox" disabled aria-label="not done"/> b</li>',
  );
  const noCheckbox = '<p>No <code>&lt;input type="checkbox"&gt;</code> here.</p>';
  expect(labelTaskListCheckboxes(noCheckbox)).toBe(noCheckbox);
});

test('the Sätteri plugin labels what GFM makes of a task list, as the string fix does', async () => {
  const plain = markdownToHtml(taskList, { features: { gfm: true } }).html;
  const withPlugin = (await markdownToHtml(taskList, { features: { gfm: true }, hastPlugins: [taskListLabelsPlugin] })).html;
  expect(withPlugin).toMatch(/<input[^>]*aria-label="done"[^>]*> rolled back/);
  expect(withPlugin).toMatch(/<input[^>]*aria-label="not done"[^>]*> add a check/);
  expect(withPlugin.match(/aria-label="/g)).toHaveLength(3);
  // The same markup but for the void element's closing slash, which Sätteri leaves off an
  // element a plugin changed.
  expect(withPlugin).toBe(labelTaskListCheckboxes(plain).replace(/ aria-label="(done|not done)"\/>/g, ' aria-label="$1">'));
});
