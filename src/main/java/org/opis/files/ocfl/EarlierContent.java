package org.opis.files.ocfl;

import io.ocfl.api.DigestAlgorithmRegistry;
import io.ocfl.api.OcflRepository;
import io.ocfl.api.model.FileDetails;
import io.ocfl.api.model.ObjectDetails;
import io.ocfl.api.model.VersionDetails;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opis.files.Sha512;

/**
 * The content of an object that only its earlier versions hold: a scan since replaced or removed,
 * every revision of a record before its newest. A fixity check that read only the newest version
 * would let these rot unseen until the day someone asked for them; each is read here once (OCFL
 * keeps a content file once, however many versions name it), beside the newest version's files.
 */
final class EarlierContent {
  private EarlierContent() {}

  /**
   * What reading one such file again found.
   *
   * @param version the first version that holds it
   * @param name its name in that version
   * @param recorded the SHA-512 digest recorded when it was kept
   * @param found the digest of the bytes read now; empty when they could not be read
   * @param problem what is wrong, in words; empty when it reads back with its recorded digest
   */
  record Read(long version, String name, String recorded, Optional<String> found, Optional<String> problem) {}

  /** Every content file of the object that its newest version does not hold, oldest first. */
  static List<Read> of(OcflRepository repository, Path root, String objectId) {
    ObjectDetails details = repository.describeObject(objectId);
    Set<String> checked = new HashSet<>();
    details.getHeadVersion().getFiles().forEach(f -> checked.add(f.getStorageRelativePath()));
    List<Read> reads = new ArrayList<>();
    List<VersionDetails> versions = details.getVersionMap().values().stream()
        .sorted(Comparator.comparing(VersionDetails::getVersionNum)).toList();
    for (VersionDetails version : versions) {
      for (FileDetails file : version.getFiles()) {
        if (checked.add(file.getStorageRelativePath())) {
          reads.add(read(root, version.getVersionNum().getVersionNum(), file));
        }
      }
    }
    return reads;
  }

  private static Read read(Path root, long version, FileDetails file) {
    String recorded = file.getFixity().get(DigestAlgorithmRegistry.sha512);
    String found;
    try (InputStream in = Files.newInputStream(root.resolve(file.getStorageRelativePath()))) {
      found = Sha512.of(in);
    } catch (NoSuchFileException e) {
      return new Read(version, file.getPath(), recorded, Optional.empty(), Optional.of(Damage.MISSING));
    } catch (IOException e) {
      return new Read(version, file.getPath(), recorded, Optional.empty(),
          Optional.of("it cannot be read from " + file.getStorageRelativePath() + ": " + e.getMessage()));
    }
    return new Read(version, file.getPath(), recorded, Optional.of(found), Damage.compared(found, recorded));
  }
}
