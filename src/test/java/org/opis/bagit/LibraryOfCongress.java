package org.opis.bagit;

import gov.loc.repository.bagit.creator.BagCreator;
import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.hash.StandardSupportedAlgorithms;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import java.nio.file.Path;
import java.util.List;

/**
 * The Library of Congress's BagIt library (gov.loc:bagit), which Opis does not use itself: the
 * independent judge of the bags Opis writes, and the other system that makes bags for Opis to
 * import.
 */
public final class LibraryOfCongress {
  private LibraryOfCongress() {}

  /**
   * Reads the bag and verifies it: complete, every checksum of every payload and tag manifest
   * right, and Payload-Oxum right.
   *
   * @return the bag as the library read it
   * @throws Exception the library's own exception, naming what is wrong, when the bag is not valid
   */
  public static Bag verify(Path folder) throws Exception {
    Bag bag = new BagReader().read(folder);
    try (BagVerifier verifier = new BagVerifier()) {
      verifier.isValid(bag, false);
    }
    if (BagVerifier.canQuickVerify(bag)) {
      BagVerifier.quicklyVerify(bag);
    }
    return bag;
  }

  /** Makes a bag of a folder of files in place, as another archive would, with SHA-256 and MD5 manifests. */
  public static Bag bagInPlace(Path folder) throws Exception {
    return BagCreator.bagInPlace(folder, List.of(StandardSupportedAlgorithms.SHA256, StandardSupportedAlgorithms.MD5),
        false);
  }
}
