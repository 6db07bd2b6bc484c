package org.opis.catalog.sql;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilder;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Prepares each statement once per write transaction and reuses it: an import runs the same
 * five statements for every document, and preparing them anew cost as much as running them.
 * Used on the writer's connection only, where no statement is run while another's results are
 * still being read.
 */
final class ReusedStatements implements StatementBuilder {
  private final StatementBuilder fresh = new DefaultStatementBuilder();
  private final Map<String, PreparedStatement> prepared = new HashMap<>();
  private final Set<Statement> kept = Collections.newSetFromMap(new IdentityHashMap<>());

  @Override
  public Statement create(Connection connection, StatementContext context) throws SQLException {
    return fresh.create(connection, context);
  }

  @Override
  public PreparedStatement create(Connection connection, String sql, StatementContext context) throws SQLException {
    if (context.isReturningGeneratedKeys() || context.isConcurrentUpdatable()) {
      return fresh.create(connection, sql, context);
    }
    PreparedStatement statement = prepared.get(sql);
    if (statement == null || statement.isClosed()) {
      statement = connection.prepareStatement(sql);
      prepared.put(sql, statement);
      kept.add(statement);
    } else {
      statement.clearParameters();
    }
    return statement;
  }

  @Override
  public CallableStatement createCall(Connection connection, String sql, StatementContext context) throws SQLException {
    return fresh.createCall(connection, sql, context);
  }

  // Jdbi names the statement by its SQL before parsing, so it is recognised by identity
  @Override
  public void close(Connection connection, String sql, Statement statement) throws SQLException {
    if (!kept.contains(statement)) {
      fresh.close(connection, sql, statement);
    }
  }

  @Override
  public void close(Connection connection) {
    for (PreparedStatement statement : prepared.values()) {
      try {
        statement.close();
      } catch (SQLException e) {
        // closing is best effort: the connection goes back to the pool, which resets it
      }
    }
    prepared.clear();
    kept.clear();
  }
}
