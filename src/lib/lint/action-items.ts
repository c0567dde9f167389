import type { LintRule, LintProblem } from './types.ts';
import { isOpen, isOverdue } from '../predicates.ts';

/** Titles that name an activity, not an outcome. A title that goes on to say what changes passes. */
const vaguePatterns: RegExp[] = [
  /^\s*(?:investigate|look into|explore|research|consider|discuss|think about|review)\b/i,
  /\bbe more careful\b/i,
  /^\s*(?:add|write) (?:more )?tests\s*\.?$/i,
  /\b(?:more )?training\b/i,
  /^\s*(?:monitor|improve|fix|update)\s+\w+(?:\s+\w+)?\s*\.?$/i,
  /^\s*(?:improve|better) (?:monitoring|alerting|communication|testing|documentation)\s*\.?$/i,
];

export const vagueActionItemRule: LintRule = {
  id: 'action-item/vague',
  level: 'warning',
  description: 'Action items must name a specific, verifiable outcome: "investigate", "look into", "be more careful", "add more tests", "training" and "monitor X" are not one.',
  check({ data, positionOf }) {
    return data.actionItems.flatMap((item, i): LintProblem[] => {
      const vague = vaguePatterns.find((p) => p.test(item.title));
      return vague
        ? [{ rule: 'action-item/vague', field: `actionItems[${i}].title`, ...positionOf(['actionItems', i, 'title']),
            message: `action item ${item.id} "${item.title}" names an activity, not an outcome.`,
            fix: 'say what will be true when it is done, e.g. "Alert when pool usage exceeds 80% for 5 minutes".' }]
        : [];
    });
  },
};

export const pastDueActionItemRule: LintRule = {
  id: 'action-item/past-due',
  level: 'warning',
  description: 'An open or in-progress action item whose due date has passed.',
  check({ data, positionOf, asOf }) {
    return data.actionItems.flatMap((item, i): LintProblem[] =>
      isOverdue(item, asOf)
        ? [{ rule: 'action-item/past-due', field: `actionItems[${i}].due`, ...positionOf(['actionItems', i, 'due']),
            message: `action item ${item.id} is ${item.status} and was due ${item.due} (as of ${asOf}).`,
            fix: 'finish it and set status: done, set a new realistic due date, or set status: wont-do with the reason in verification.' }]
        : []);
  },
};

export const verificationRule: LintRule = {
  id: 'action-item/verification',
  level: 'warning',
  description: 'Each action item needs a concrete way to verify it is done (at least a few words).',
  check({ data, positionOf }) {
    return data.actionItems.flatMap((item, i): LintProblem[] =>
      // Absent only on a historical record, where it was never recorded: action-item/unowned-historical covers open ones.
      item.verification !== undefined && item.verification.trim().split(/\s+/).length < 3
        ? [{ rule: 'action-item/verification', field: `actionItems[${i}].verification`, ...positionOf(['actionItems', i, 'verification']),
            message: `action item ${item.id} has no concrete verification ("${item.verification}").`,
            fix: 'describe the check that proves it works, e.g. "Alert fires in the staging game day".' }]
        : []);
  },
};

/**
 * An open follow-up of a historical record that never named an owner: the record may stay as it
 * was written (no owner is made up), but an open item nobody owns is work nobody does. A warning,
 * never an error: the fix is a decision for the team.
 */
export const unownedHistoricalActionItemRule: LintRule = {
  id: 'action-item/unowned-historical',
  level: 'warning',
  description: 'An open or in-progress action item of a historical record (`historical: true`) with no owner recorded: set an owner team, or close it (done or wont-do) if it no longer applies.',
  check({ data, positionOf }) {
    if (!data.historical) return [];
    return data.actionItems.flatMap((item, i): LintProblem[] =>
      isOpen(item) && item.owner === undefined
        ? [{ rule: 'action-item/unowned-historical', field: `actionItems[${i}].owner`, ...positionOf(['actionItems', i]),
            message: `action item ${item.id} is ${item.status}, and this historical record names no owner for it: nobody is tracked as doing it.`,
            fix: 'set owner: <team id from teams.yaml> if someone still means to do it, or set status: done or wont-do if it was done or no longer applies.' }]
        : []);
  },
};
