package org.opis.web;

import java.util.List;
import java.util.Optional;
import org.opis.account.AuditEntry;

/** A page of the audit log, newest first. */
public record AuditView(Masthead masthead, List<AuditEntry> entries, long total, Optional<String> previous,
    Optional<String> next) {}
