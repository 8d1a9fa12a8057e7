package com.regionops.platform.engine;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.commons.utils.cache.Cache;

/**
 * A cache whose lookup is one map read. It caches what a bounded set of deployed models parses to, so the bound
 * only guards against a model that generates expressions: when it is reached the cache starts again empty
 * instead of keeping an order of use, which is what makes Camunda's {@code ConcurrentLruCache} scan a queue on
 * every hit.
 */
public class BoundedCache<K, V> implements Cache<K, V> {

  private final int capacity;
  private final ConcurrentHashMap<K, V> entries = new ConcurrentHashMap<>();

  public BoundedCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    this.capacity = capacity;
  }

  @Override
  public V get(K key) {
    return entries.get(key);
  }

  @Override
  public void put(K key, V value) {
    if (entries.size() >= capacity && !entries.containsKey(key)) {
      entries.clear();
    }
    entries.put(key, value);
  }

  @Override
  public void clear() {
    entries.clear();
  }

  @Override
  public void remove(K key) {
    entries.remove(key);
  }

  @Override
  public Set<K> keySet() {
    return entries.keySet();
  }

  @Override
  public int size() {
    return entries.size();
  }

  @Override
  public boolean isEmpty() {
    return entries.isEmpty();
  }
}
