/**
 * Authority records: the people, organisations and places that documents are written by, sent
 * to and speak of, each with every spelling and script it is known by.
 *
 * <p>A document refers to an authority with an {@link org.opis.authority.AgentRef} or
 * {@link org.opis.authority.PlaceRef}: the name as this document writes it, plus the identifier
 * of the authority record once it is known. The same person written "Stalin", "I. V. Stalin" and
 * "Сталин" in three documents is one {@link org.opis.authority.Agent} whose variants hold all
 * three. {@link org.opis.authority.NameKey} decides when two spellings are the same name, and
 * {@link org.opis.authority.NameMatcher} which record a name written in a document belongs to.
 */
package org.opis.authority;
