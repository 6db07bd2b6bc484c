package org.opis.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opis.record.DocumentId;

/**
 * A collection or theme as its curator describes it.
 *
 * @param introduction an essay introducing it, in Markdown
 * @param within the identifier of the collection it belongs to, for themes within themes
 * @param order its documents in the order they are best read; those not listed follow, by date
 */
public record CollectionDescription(String id, String title, Optional<String> introduction, Optional<String> within,
    List<DocumentId> order) {
  public CollectionDescription {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(introduction, "introduction");
    Objects.requireNonNull(within, "within");
    order = List.copyOf(order);
  }
}
