package com.regionops.knowledge;

import com.regionops.gate.GateCatalog;
import com.regionops.gate.GateDefinition;
import com.regionops.org.ProjectType;
import com.regionops.plan.NodeCategory;
import com.regionops.platform.security.Groups;
import com.regionops.platform.web.ApiException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The tags an entry may carry: the gates of the catalogue, the plan's node categories, the project types and the
 * functions. A tag is given by its code or its Chinese name and kept as the code; anything else is refused, so
 * filters and the board never meet a spelling of their own.
 */
@Component
public class KnowledgeTags {

  public static final int MAX_TAGS = 12;

  /** A tag: its dimension (GATE, CATEGORY, PROJECT_TYPE, FUNCTION), code and Chinese name. */
  public record Tag(String dimension, String code, String label) {
  }

  private final GateCatalog gates;

  public KnowledgeTags(GateCatalog gates) {
    this.gates = gates;
  }

  /** The gate catalogue is data the department edits rarely: read at most once a minute, not on every search. */
  static final long CACHE_NANOS = 60_000_000_000L;
  private volatile Map<String, Tag> cached;
  private volatile long cachedAt;

  /** Every tag, by code, in the order a person would pick them. */
  public Map<String, Tag> vocabulary() {
    Map<String, Tag> current = cached;
    if (current == null || System.nanoTime() - cachedAt > CACHE_NANOS) {
      current = java.util.Collections.unmodifiableMap(read());
      cached = current;
      cachedAt = System.nanoTime();
    }
    return current;
  }

  private Map<String, Tag> read() {
    Map<String, Tag> tags = new LinkedHashMap<>();
    for (GateDefinition gate : gates.definitions()) {
      tags.put(gate.code(), new Tag("GATE", gate.code(), gate.name()));
    }
    for (NodeCategory category : NodeCategory.values()) {
      tags.put(category.name(), new Tag("CATEGORY", category.name(), category.label()));
    }
    for (ProjectType type : ProjectType.values()) {
      tags.put(type.name(), new Tag("PROJECT_TYPE", type.name(), type.label()));
    }
    for (Map.Entry<String, String> group : Groups.NAMES.entrySet()) {
      if (Groups.isFunction(group.getKey())) {
        tags.put(group.getKey(), new Tag("FUNCTION", group.getKey(), group.getValue()));
      }
    }
    return tags;
  }

  /** The codes of the given tags (codes or names), each once, in order; a tag not in the vocabulary is a 400. */
  public List<String> resolve(Collection<String> given) {
    if (given == null) {
      return List.of();
    }
    Map<String, Tag> vocabulary = vocabulary();
    Set<String> codes = new LinkedHashSet<>();
    for (String text : given) {
      Tag tag = find(vocabulary, text);
      if (tag == null) {
        throw ApiException.badInput("tags", "标签不存在：" + (text == null ? "（空）" : clip(text.strip()))
            + "。可用标签见 GET /api/v1/knowledge/tags");
      }
      codes.add(tag.code());
    }
    if (codes.size() > MAX_TAGS) {
      throw ApiException.badInput("tags", "标签不超过 " + MAX_TAGS + " 个");
    }
    return new ArrayList<>(codes);
  }

  /** The tag a code or a Chinese name stands for, or null. */
  static Tag find(Map<String, Tag> vocabulary, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String wanted = text.strip();
    Tag byCode = vocabulary.get(wanted);
    if (byCode != null) {
      return byCode;
    }
    return vocabulary.values().stream().filter(t -> t.label().equals(wanted)).findFirst().orElse(null);
  }

  /** Stored form: codes, comma-separated. */
  static String join(Collection<String> codes) {
    return String.join(",", codes);
  }

  static List<String> split(String stored) {
    return stored == null || stored.isBlank() ? List.of() : Arrays.asList(stored.split(","));
  }

  /** The tags of a stored list as a person reads them, unknown codes (a gate removed since) kept as codes. */
  static List<Tag> describe(Map<String, Tag> vocabulary, String stored) {
    return split(stored).stream().map(code -> vocabulary.getOrDefault(code, new Tag("UNKNOWN", code, code))).toList();
  }

  private static String clip(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
