/**
 * The {@code data} of each event type as a Java record, for producers and consumers alike; each mirrors
 * the JSON Schema of its type (enums travel as strings, money as decimal strings in 万元). Consumers
 * tolerate fields they do not know, so adding an optional field is not a new version.
 */
package io.keyprojects.contracts.data;
