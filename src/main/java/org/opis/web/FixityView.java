package org.opis.web;

import java.util.Optional;
import org.opis.preserve.FixityRun;

/**
 * The fixity page: the last run, if any; whether one is running now, or was just asked for.
 *
 * @param formToken the token of the "check now" form
 */
public record FixityView(Masthead masthead, Optional<FixityRun> last, boolean running, boolean asked,
    String formToken) {}
