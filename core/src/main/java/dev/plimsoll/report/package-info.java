/**
 * Report writers: one {@link dev.plimsoll.report.ReportWriter} per {@code --format}, found through
 * {@link dev.plimsoll.report.ReportWriters}. A writer turns a {@link dev.plimsoll.report.Report}
 * (findings, the metadata of the rules that ran, the checked files and their text) into one format
 * and knows nothing of how the findings were made. Formats follow their published specs: SARIF
 * 2.1.0 (OASIS), GitLab Code Quality, Checkstyle XML and JUnit XML as CI servers read them; {@code
 * json} is the fixed contract of {@code spec/cli.md}.
 */
package dev.plimsoll.report;
