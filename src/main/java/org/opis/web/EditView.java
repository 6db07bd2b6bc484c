package org.opis.web;

import java.util.List;
import java.util.Optional;

/**
 * The form for a document's every field, as typed or as stored, with what was wrong beside each
 * field that was.
 *
 * @param action where the form is sent
 * @param basedOn the revision the editor is changing; 0 for a new document
 * @param problem what went wrong with the whole form, when it was not one field
 * @param notice what the form does not show and will keep as it is
 */
public record EditView(Masthead masthead, String heading, String action, List<Field> fields, String formToken,
    int basedOn, String comment, Optional<String> problem, Optional<String> notice) {

  /**
   * One field.
   *
   * @param name as the spreadsheet's column names it
   * @param label what the form calls it
   * @param meaning what goes in it
   * @param lines how many lines it is tall: 1 for a line, more for a box
   * @param problems what is wrong with its value, as typed
   */
  public record Field(String name, String label, String meaning, String value, int lines, List<String> problems) {
    /** The identifier of its problems, for aria-describedby. */
    public String problemId() {
      return name + "-problem";
    }
  }
}
