package org.opis.cli;

import picocli.CommandLine;

/** The version printed by {@code opis --version}, taken from the jar's manifest. */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Opis.class.getPackage().getImplementationVersion();
    return new String[] {"opis " + (v == null ? "(development build)" : v)};
  }
}
