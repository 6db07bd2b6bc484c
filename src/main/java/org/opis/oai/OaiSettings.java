package org.opis.oai;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the repository says of itself.
 *
 * @param repositoryName the archive's name, the repositoryName of Identify and the publisher of
 *     every record
 * @param adminEmail whom harvesters write to about the repository
 * @param namespace the middle part of every record's identifier, {@code oai:NAMESPACE:ID}: the
 *     domain name of the archive, so that identifiers are unique among repositories
 */
public record OaiSettings(String repositoryName, String adminEmail, String namespace) {
  // the emailType of the OAI-PMH schema
  private static final Pattern EMAIL = Pattern.compile("\\S+@(\\S+\\.)+\\S+");
  // the namespace-identifier of the oai-identifier scheme: a domain name
  private static final Pattern DOMAIN = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*(\\.[a-zA-Z][a-zA-Z0-9-]*)*");

  public OaiSettings {
    Objects.requireNonNull(repositoryName, "repositoryName");
    if (!EMAIL.matcher(adminEmail).matches()) {
      throw new IllegalArgumentException("\"" + adminEmail + "\" is not an email address");
    }
    if (!DOMAIN.matcher(namespace).matches()) {
      throw new IllegalArgumentException("\"" + namespace + "\" is not a domain name for OAI identifiers");
    }
  }

  /**
   * The settings of an archive with this name served from {@code host} (the host of its public
   * address, "localhost" when it has none), written to at {@code adminEmail}, or at
   * "archivist@" and the host when that is not given or not an address.
   */
  public static OaiSettings of(String archiveName, String host, String adminEmail) {
    String domain = host != null && DOMAIN.matcher(host).matches() ? host : "localhost";
    String email = adminEmail != null && EMAIL.matcher(adminEmail).matches() ? adminEmail
        : "archivist@" + (domain.contains(".") ? domain : domain + ".localdomain");
    return new OaiSettings(archiveName, email, domain);
  }
}
