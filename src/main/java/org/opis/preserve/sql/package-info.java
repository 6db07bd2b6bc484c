/**
 * The preservation ledger and the fixity log in the catalog's database (migration 10), so that a
 * backup of the catalog carries how far the record versions were preserved and what every
 * fixity check found.
 */
package org.opis.preserve.sql;
