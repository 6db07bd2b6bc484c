/**
 * What can go wrong, named for the condition and not for the layer it happened in.
 *
 * <p>Every failure Opis reports to a person is an {@link org.opis.problem.OpisException}: a
 * subclass says whose fault it is (the input's, a missing record, a conflicting edit, the
 * storage underneath) and a {@link org.opis.problem.Problem} says where (file, line, field,
 * value) in words an archivist understands. The web and the command line each turn these into
 * an HTTP status or an exit code in exactly one place, so no handler decides that by itself.
 */
package org.opis.problem;
