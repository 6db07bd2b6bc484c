package org.opis.marks;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * A mark as a renderer meets it: where its content lies between its brackets, and the marks it
 * holds, so that a page or a TEI file can be written by walking the marks of a body as a tree.
 *
 * <p>A note whose closing bracket was lost (see {@link MarkReader}) ends on the "]" of the last
 * mark inside it; that bracket belongs to the inner mark, so the note is not {@code closed} and
 * its content runs to its {@code end}.
 *
 * @param mark the mark
 * @param contentStart offset just after the opening bracket
 * @param contentEnd offset of the closing bracket, or the mark's end when it has none of its own
 * @param closed whether the mark has a closing bracket of its own
 * @param inside the marks it holds, in order, each with the marks it holds
 */
public record Bracketed(
    EditorialMark mark, int contentStart, int contentEnd, boolean closed, List<Bracketed> inside) {
  public Bracketed {
    inside = List.copyOf(inside);
  }

  /** What stands between the brackets, as written, inner marks included. */
  public String content(String body) {
    return body.substring(contentStart, contentEnd);
  }

  public MarkKind kind() {
    return mark.kind();
  }

  /**
   * The marks of {@code body} arranged as a tree: the outermost marks, in order, each holding
   * its inner marks. A mark that does not span a bracketed part of the body, or that overlaps
   * another without lying inside it (possible only in marks written by hand), is left out,
   * since no renderer could nest it.
   */
  public static List<Bracketed> arrange(String body, List<EditorialMark> marks) {
    List<EditorialMark> sorted = new ArrayList<>(marks);
    sorted.sort(Comparator.comparingInt(EditorialMark::start)
        .thenComparing(Comparator.comparingInt(EditorialMark::end).reversed()));
    Deque<Node> open = new ArrayDeque<>();
    List<Node> top = new ArrayList<>();
    List<Node> all = new ArrayList<>();
    for (EditorialMark m : sorted) {
      if (m.end() > body.length() || body.charAt(m.start()) != '[' || body.charAt(m.end() - 1) != ']') {
        continue;
      }
      while (!open.isEmpty() && open.peek().mark.end() <= m.start()) {
        open.pop();
      }
      if (!open.isEmpty() && (m.end() > open.peek().mark.end() || m.equals(open.peek().mark))) {
        continue;
      }
      Node node = new Node(m);
      (open.isEmpty() ? top : open.peek().inside).add(node);
      open.push(node);
      all.add(node);
    }
    // Inner marks come after their outer mark in this order, so going backwards builds each
    // mark after the marks it holds, without recursion however deep the nesting.
    for (int i = all.size() - 1; i >= 0; i--) {
      all.get(i).freeze();
    }
    return top.stream().map(n -> n.frozen).toList();
  }

  private static final class Node {
    final EditorialMark mark;
    final List<Node> inside = new ArrayList<>();
    Bracketed frozen;

    Node(EditorialMark mark) {
      this.mark = mark;
    }

    void freeze() {
      boolean closed = inside.isEmpty() || inside.get(inside.size() - 1).mark.end() < mark.end();
      int contentEnd = closed ? mark.end() - 1 : mark.end();
      frozen = new Bracketed(mark, mark.start() + 1, contentEnd, closed,
          inside.stream().map(n -> n.frozen).toList());
    }
  }
}
