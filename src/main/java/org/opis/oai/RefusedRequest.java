package org.opis.oai;

import java.util.List;
import org.opis.problem.OpisException;

/**
 * A harvester's request that the protocol answers with an error: thrown while a request is read
 * or answered, and turned into the response's {@code <error>} element by {@link OaiRepository},
 * which never lets it reach HTTP.
 */
final class RefusedRequest extends OpisException {
  private final ErrorCode code;

  RefusedRequest(ErrorCode code, String message) {
    super(message, List.of(), null);
    this.code = code;
  }

  ErrorCode code() {
    return code;
  }
}
