/**
 * Benchmarks: how fast Opis is on a generated corpus, stated against a baseline measured in the
 * same run.
 *
 * <p>A figure alone says little on a shared, noisy machine: the same query takes twice as long
 * when a neighbour compiles. So every benchmark here measures Opis beside a plain baseline, in
 * the same process, interleaved query by query, and reports the ratio, which survives the noise
 * far better than either figure. For search the baseline is a {@link org.opis.bench.BaselineIndex},
 * a bare Lucene index of the same documents with no facets, no name variants and no snippets:
 * what a ratio above one buys is everything Opis does beyond it.
 *
 * <p>{@link org.opis.bench.SearchBench} runs the search benchmark the way a user meets Opis:
 * {@code opis generate}'s corpus imported through the archive, indexed, then asked a fixed
 * {@link org.opis.bench.QueryMix} drawn from the corpus itself in a {@link org.opis.bench.Trial}
 * of warm-up and timed passes; the {@link org.opis.bench.SearchReport} prints latency percentiles
 * and throughput for each kind of query, with the machine, the corpus and the command, for
 * BENCHMARKS.md. {@link org.opis.bench.IngestBench} runs {@code opis import} of such a corpus
 * in a process of its own ({@link org.opis.bench.ImportRun}), times its stages from the progress
 * bars it draws ({@link org.opis.bench.ImportStages}) and reads its live heap, beside a bare
 * Lucene index and a bare SQLite table of the same files ({@link org.opis.bench.BareIngest}).
 * The server benchmarks ({@link org.opis.bench.PagesBench}, {@link
 * org.opis.bench.StartupBench}, {@link org.opis.bench.SoakBench}, {@link org.opis.bench.MemoryBench})
 * run {@code opis serve} in a second process over a {@link org.opis.bench.DemoArchive}; each is a
 * subcommand of {@code opis bench}, and each is called from Java alike: a {@code Settings} record,
 * a {@code run} method, and a report that prints itself (text, Markdown). A report with ratios to
 * its baseline is also {@link org.opis.bench.ratios.Ratios}, which is what CI's regression check
 * reads ({@link org.opis.bench.ratios}).
 *
 * <p>The tests run the harness on a few hundred documents and check that it measures, never how
 * fast anything is: a timing asserted in a unit test fails on a busy machine and proves nothing
 * on an idle one.
 */
package org.opis.bench;
