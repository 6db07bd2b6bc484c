package org.opis.oai;

/** The error conditions of OAI-PMH 2.0, section 3.6, by the codes the protocol names them. */
enum ErrorCode {
  BAD_ARGUMENT("badArgument"),
  BAD_RESUMPTION_TOKEN("badResumptionToken"),
  BAD_VERB("badVerb"),
  CANNOT_DISSEMINATE_FORMAT("cannotDisseminateFormat"),
  ID_DOES_NOT_EXIST("idDoesNotExist"),
  NO_RECORDS_MATCH("noRecordsMatch"),
  NO_METADATA_FORMATS("noMetadataFormats"),
  NO_SET_HIERARCHY("noSetHierarchy");

  private final String code;

  ErrorCode(String code) {
    this.code = code;
  }

  /** The code as the protocol writes it ("badArgument"). */
  String code() {
    return code;
  }

  /**
   * Whether the response to a request refused this way repeats only the base URL, not the
   * arguments, which the protocol requires for badVerb and badArgument (section 3.2).
   */
  boolean hidesArguments() {
    return this == BAD_VERB || this == BAD_ARGUMENT;
  }
}
