/**
 * Which control of which framework each section of the evidence pack supports. The mapping is
 * our reading of the frameworks (control names abridged), documented in docs/compliance.md; an
 * auditor decides what it proves. ISO/IEC 27001:2022 Annex A, the 2017 Trust Services Criteria
 * (SOC 2, revised points of focus 2022), and NIST SP 800-61r3, which organises incident response
 * by the CSF 2.0 subcategories used here.
 */

export const frameworks = ['iso27001', 'soc2', 'nist'] as const;
export type Framework = (typeof frameworks)[number];

export const frameworkNames: Record<Framework, string> = {
  iso27001: 'ISO/IEC 27001:2022',
  soc2: 'SOC 2 (Trust Services Criteria)',
  nist: 'NIST SP 800-61r3 (CSF 2.0)',
};

export interface Control {
  id: string;
  name: string;
}

export const evidenceSectionIds = ['register', 'reviews', 'follow-ups', 'notifications', 'evidence', 'trends', 'process'] as const;
export type EvidenceSectionId = (typeof evidenceSectionIds)[number];

export interface EvidenceSectionDefinition {
  id: EvidenceSectionId;
  title: string;
  /** What the section shows, in one sentence for the auditor. */
  purpose: string;
  controls: Record<Framework, Control[]>;
}

export const evidenceSections: readonly EvidenceSectionDefinition[] = [
  {
    id: 'register',
    title: 'Incident register',
    purpose: 'Every incident that started in the period: classification, severity, times and review status.',
    controls: {
      iso27001: [
        { id: 'A.5.25', name: 'Assessment and decision on information security events' },
        { id: 'A.5.26', name: 'Response to information security incidents' },
        { id: 'A.6.8', name: 'Information security event reporting' },
      ],
      soc2: [
        { id: 'CC7.3', name: 'Evaluates security events to determine whether they are incidents' },
        { id: 'CC7.4', name: 'Responds to identified security incidents' },
      ],
      nist: [
        { id: 'RS.MA-02', name: 'Incident reports are triaged and validated' },
        { id: 'RS.MA-03', name: 'Incidents are categorized and prioritized' },
      ],
    },
  },
  {
    id: 'reviews',
    title: 'Post-incident reviews',
    purpose: 'The review of each incident: status, when it was drafted and published, and who reviewed it.',
    controls: {
      iso27001: [{ id: 'A.5.27', name: 'Learning from information security incidents' }],
      soc2: [{ id: 'CC7.5', name: 'Recovers from incidents; determines root cause and improves procedures' }],
      nist: [
        { id: 'RS.AN-03', name: 'Analysis establishes what took place and the root cause' },
        { id: 'ID.IM-03', name: 'Improvements are identified from operational processes and incidents' },
      ],
    },
  },
  {
    id: 'follow-ups',
    title: 'Action items and closure',
    purpose: 'Every follow-up raised by those reviews, with its owner, due date and state, and the closure rate.',
    controls: {
      iso27001: [
        { id: 'A.5.27', name: 'Learning from information security incidents' },
        { id: '10.2', name: 'Nonconformity and corrective action' },
      ],
      soc2: [
        { id: 'CC7.5', name: 'Recovers from incidents; determines root cause and improves procedures' },
        { id: 'CC4.2', name: 'Communicates deficiencies to those responsible for corrective action' },
      ],
      nist: [{ id: 'ID.IM-03', name: 'Improvements are identified from operational processes and incidents' }],
    },
  },
  {
    id: 'notifications',
    title: 'Breach notifications',
    purpose: 'For incidents under a notification regime: each deadline, when it was met, and the reasons for any delay.',
    controls: {
      iso27001: [
        { id: 'A.5.5', name: 'Contact with authorities' },
        { id: 'A.5.31', name: 'Legal, statutory, regulatory and contractual requirements' },
        { id: 'A.5.34', name: 'Privacy and protection of PII' },
      ],
      soc2: [
        { id: 'CC2.3', name: 'Communicates with external parties' },
        { id: 'CC7.4', name: 'Responds to identified security incidents' },
      ],
      nist: [
        { id: 'RS.CO-02', name: 'Internal and external stakeholders are notified of incidents' },
        { id: 'RS.CO-03', name: 'Information is shared with designated stakeholders' },
      ],
    },
  },
  {
    id: 'evidence',
    title: 'Evidence preservation',
    purpose: 'For security and privacy incidents: where the evidence is preserved and who holds it.',
    controls: {
      iso27001: [{ id: 'A.5.28', name: 'Collection of evidence' }],
      soc2: [{ id: 'CC7.4', name: 'Responds to identified security incidents' }],
      nist: [
        { id: 'RS.AN-06', name: 'Investigation actions are recorded; integrity and provenance preserved' },
        { id: 'RS.AN-07', name: 'Incident data and metadata are collected; integrity and provenance preserved' },
      ],
    },
  },
  {
    id: 'trends',
    title: 'Trends',
    purpose: 'Incidents per month and severity, times to resolve and to review, closure and notification figures.',
    controls: {
      iso27001: [
        { id: 'A.5.27', name: 'Learning from information security incidents' },
        { id: '9.1', name: 'Monitoring, measurement, analysis and evaluation' },
      ],
      soc2: [
        { id: 'CC4.1', name: 'Performs ongoing and separate evaluations' },
        { id: 'CC7.2', name: 'Monitors system components for anomalies' },
      ],
      nist: [
        { id: 'ID.IM-01', name: 'Improvements are identified from evaluations' },
        { id: 'ID.IM-03', name: 'Improvements are identified from operational processes and incidents' },
      ],
    },
  },
  {
    id: 'process',
    title: 'Process and annual review',
    purpose: 'The documented incident process and the date of its last annual review.',
    controls: {
      iso27001: [
        { id: 'A.5.24', name: 'Information security incident management planning and preparation' },
        { id: '9.3', name: 'Management review' },
      ],
      soc2: [{ id: 'CC7.4', name: 'Responds to incidents by executing a defined incident-response program' }],
      nist: [{ id: 'ID.IM-04', name: 'Incident response plans are established, maintained and improved' }],
    },
  },
];

/** The frameworks a report maps to: the one asked for, or all three. */
export function selectFrameworks(framework: Framework | undefined): Framework[] {
  return framework ? [framework] : [...frameworks];
}

/** Control id -> the sections that evidence it, for one framework, in the framework's order. */
export function indexControls(framework: Framework): { control: Control; sections: EvidenceSectionId[] }[] {
  const index = new Map<string, { control: Control; sections: EvidenceSectionId[] }>();
  for (const section of evidenceSections) {
    for (const control of section.controls[framework]) {
      const row = index.get(control.id) ?? { control, sections: [] };
      row.sections.push(section.id);
      index.set(control.id, row);
    }
  }
  const key = (id: string) => id.replace(/\d+/g, (n) => n.padStart(3, '0'));
  return [...index.values()].sort((a, b) => (key(a.control.id) < key(b.control.id) ? -1 : key(a.control.id) > key(b.control.id) ? 1 : 0));
}
