/**
 * Who may do what: accounts with a role (reader, editor, administrator), their passwords hashed
 * with Argon2id, sign-in sessions and API tokens kept only as hashes, and the counting of failed
 * sign-ins that slows down guessing. The port {@link org.opis.account.Accounts} is kept beside
 * the catalog, in the same database ({@link org.opis.account.sql}).
 */
package org.opis.account;
