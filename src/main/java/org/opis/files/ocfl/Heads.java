package org.opis.files.ocfl;

import io.ocfl.api.OcflRepository;
import io.ocfl.api.exception.NotFoundException;
import io.ocfl.api.model.ObjectVersionId;
import io.ocfl.api.model.OcflObjectVersion;
import java.util.Optional;

/**
 * The newest version of an object, read so that a root inventory a kill left behind (missing,
 * cut off, or the previous version's) does not make a whole object unreadable: when ocfl-java
 * cannot read it, it is completed from the newest whole version and read once more.
 */
final class Heads {
  private Heads() {}

  /** The head version, or empty when there is no such object. */
  static Optional<OcflObjectVersion> of(OcflRepository repository, String objectId, CutShort cutShort) {
    try {
      return read(repository, objectId);
    } catch (NotFoundException e) {
      return Optional.empty();
    } catch (RuntimeException e) {
      if (cutShort.complete(objectId)) {
        return read(repository, objectId);
      }
      throw e;
    }
  }

  private static Optional<OcflObjectVersion> read(OcflRepository repository, String objectId) {
    return repository.containsObject(objectId) ? Optional.of(repository.getObject(ObjectVersionId.head(objectId)))
        : Optional.empty();
  }
}
