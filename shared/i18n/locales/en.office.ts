/** English messages for issue 18's versions in plain sight and the office-ready PDF. */
export const enOffice = {
  office: {
    sampleTrackingNumber: 'BN-{{year}}-0142',
    versions: {
      /** A document named with its version and date, wherever it is listed. */
      label: 'v{{version}}',
      labelDated: 'v{{version}}, {{date}}',
      newest: 'newest',
      older: 'older version',
      newerExists: 'A newer version of this document exists: version {{version}}, {{date}}.',
      newerExistsUndated: 'A newer version of this document exists: version {{version}}.',
      openNewest: 'Open the newest version',
      itemOlder: 'Cites version {{version}}; version {{newest}} is newer.',
      useNewest: 'Use the newest',
      usedNewest: 'Now cites version {{version}}.',
    },
  },
  decisionBlock: {
    button: 'Decision',
    legend: 'Decision',
    insert: 'Insert a decision block',
    insertHint: 'Decision block: Approved / Not approved / Discuss, with Signature and Date lines',
  },
};
