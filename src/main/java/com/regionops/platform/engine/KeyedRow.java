package com.regionops.platform.engine;

/**
 * Insert parameter for a record whose key the database generates: the mapper XML reads
 * {@code #{value.field}} and MyBatis writes the new key into {@link #getId()}.
 */
public class KeyedRow<T> {

  private final T value;
  private Long id;

  public KeyedRow(T value) {
    this.value = value;
  }

  public T getValue() {
    return value;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
