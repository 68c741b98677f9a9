package io.keyprojects.platform.testapp;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The test application's one entity: a change that an event describes, written in the same transaction. */
@Entity
public class Note extends PanacheEntityBase {
    @Id
    public Long id;
    public String text;
}
