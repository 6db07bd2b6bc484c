/**
 * Ratios recorded and compared: how CI tells a benchmark that got much worse from a machine that
 * is merely slower or busier.
 *
 * <p>Every benchmark measures Opis beside a baseline in the same run and states their
 * {@link org.opis.bench.ratios.Ratio}: Opis's rate over nginx's, its start-up over a bare Java
 * page's. A report that has such ratios is {@link org.opis.bench.ratios.Ratios}, and {@code
 * --ratios FILE} writes them as a {@link org.opis.bench.ratios.RatioFile}, a small tab-separated
 * file. {@code opis bench check} reads the ratios recorded once on a known machine and the ones
 * a new run wrote, and a {@link org.opis.bench.ratios.RatioCheck} fails only a ratio more than a
 * tolerance (3x) worse than recorded: wide enough for a shared, noisy machine, which moves a
 * figure by a factor of two and a ratio much less, narrow enough to catch a page made ten times
 * slower. A figure recorded and not measured again, or measured and never recorded, is reported,
 * not failed, so a benchmark can join or leave the file without breaking CI.
 */
package org.opis.bench.ratios;
