/**
 * Accounts, sessions and API tokens kept in the catalog's database, SQLite or PostgreSQL, in
 * tables made by the catalog's migrations.
 */
package org.opis.account.sql;
