/**
 * The command line: one program, {@code opis}, with a subcommand for each thing an
 * administrator or archivist does ({@code serve}, {@code demo}, {@code import}, {@code export},
 * {@code generate}).
 *
 * <p>Each subcommand is a picocli {@code Callable<Integer>}. Failures become exit codes in one
 * place, {@link org.opis.cli.ExitCodes}: 2 for a mistake in the command line, 3 for input that
 * was rejected, 4 for something not found, 5 for a conflict, 6 for storage that failed, 1 for a
 * bug. Results go to standard output, one line a file; progress bars and errors to standard
 * error, so scripts can read the results.
 */
package org.opis.cli;
