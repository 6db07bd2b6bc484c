package org.opis.web;

import java.util.List;
import java.util.Optional;
import org.opis.account.Account;
import org.opis.account.ApiToken;

/**
 * A signed-in reader's own page: who they are, their API tokens, and the way out.
 *
 * @param newToken the secret of a token just made, shown this once
 */
public record AccountView(Masthead masthead, Account account, String formToken, List<ApiToken> tokens,
    Optional<String> newToken) {}
