package com.regionops.platform.guard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The fields of a Camunda Form (form-js schema): which keys the person at the task may edit, and
 * which the form only shows. Only the input types our forms use (and form-js' select and taglist)
 * can be editable; a field whose {@code readonly} or {@code disabled} is anything but {@code false}
 * is shown only (an expression there cannot be evaluated here, and treating it as editable would let
 * the caller decide), and so is a keyed component of any other type. Groups are read through; a
 * group with its own {@code path}, or a dotted key, nests its data under another variable name, so
 * such fields are left out entirely and what they would write is refused.
 *
 * <p>An editable field with the custom property {@code transient} = {@code true} is an answer the task's own
 * listeners take in the completion's transaction and keep elsewhere (an approval's decision and comment go to the
 * request's trail): it is written as a transient variable, so it leaves no row and no history of its own.
 */
record TaskFormFields(Map<String, String> editable, Map<String, String> readOnly, Set<String> transientKeys) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> INPUTS = Set.of("textfield", "textarea", "number", "datetime", "radio",
      "checkbox", "checklist", "select", "taglist");

  public TaskFormFields {
    editable = Collections.unmodifiableMap(editable);
    readOnly = Collections.unmodifiableMap(readOnly);
    transientKeys = Set.copyOf(transientKeys);
  }

  /** A task without a form: the person may write nothing. */
  public static final TaskFormFields NONE = new TaskFormFields(Map.of(), Map.of(), Set.of());

  public static TaskFormFields parse(InputStream schema) throws IOException {
    Map<String, String> editable = new LinkedHashMap<>();
    Map<String, String> readOnly = new LinkedHashMap<>();
    Set<String> transientKeys = new HashSet<>();
    collect(JSON.readTree(schema), editable, readOnly, transientKeys);
    return new TaskFormFields(editable, readOnly, transientKeys);
  }

  private static void collect(JsonNode component, Map<String, String> editable, Map<String, String> readOnly,
      Set<String> transientKeys) {
    JsonNode key = component.get("key");
    if (key != null && key.isTextual() && !key.asText().contains(".")) {
      String label = component.path("label").asText(key.asText());
      if (INPUTS.contains(component.path("type").asText()) && isOff(component.get("readonly"))
          && isOff(component.get("disabled"))) {
        editable.put(key.asText(), label);
        if ("true".equals(component.path("properties").path("transient").asText())) {
          transientKeys.add(key.asText());
        }
      } else {
        readOnly.put(key.asText(), label);
      }
    }
    for (JsonNode child : component.path("components")) {
      if (!child.hasNonNull("path")) {
        collect(child, editable, readOnly, transientKeys);
      }
    }
  }

  private static boolean isOff(JsonNode flag) {
    return flag == null || flag.isNull() || (flag.isBoolean() && !flag.booleanValue());
  }

  /** The label the person sees for a key, or the key itself when the form has no such field. */
  public String labelOf(String key) {
    return editable.getOrDefault(key, readOnly.getOrDefault(key, key));
  }
}
