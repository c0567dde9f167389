/**
 * A sheet of metric samples, as a monitoring system exports them: a time, a metric's name, its
 * value and its labels, one sample a row ("timestamp,metric_name,metric_value,labels" over
 * "2024-01-15T00:05:00Z,http_request_duration_seconds_p95,0.192,service=payment-api"). A support
 * challenge kept its Prometheus export beside its incidents (import round 56's leftover): it was
 * refused as "a spreadsheet whose rows cannot all be read", since its labels hold commas
 * ("service=payment-api,status=200") outside quotes, which told nothing of what the file is.
 *
 * Such a file holds numbers over time and no incident; the report written about them is what to
 * import, quoting the figures it needs.
 */

/** Header cells naming a metric's name, its value and its time, in the words exporters use. */
const metricName = /^(?:metric(?:_?name)?|__name__|series|measurement)$/i;
const metricValue = /^(?:(?:metric_?)?value|sample(?:_?value)?)$/i;
const sampleTime = /^(?:timestamp|time|ts|datetime|date_?time)$/i;

/** What the sheet is, when its header is a metrics export's ("Prometheus samples: timestamp, metric_name, metric_value, labels"); undefined otherwise. */
export function metricsExportKind(header: readonly string[], fileName: string): string | undefined {
  const cells = header.map((cell) => cell.trim().replace(/^"|"$/g, ''));
  if (!cells.some((cell) => metricName.test(cell)) || !cells.some((cell) => metricValue.test(cell)) || !cells.some((cell) => sampleTime.test(cell))) return undefined;
  const system = /prometheus/i.test(fileName) || cells.includes('__name__') ? 'Prometheus ' : cells.some((cell) => /^measurement$/i.test(cell)) ? 'InfluxDB ' : '';
  return `${system}metric samples, one a row (${cells.join(', ')})`;
}
