package com.regionops.platform.guard;

import com.regionops.platform.web.InputRejectedException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * An {@code Object} variable that arrives already serialized (engine REST, a client) names the
 * class it is to become — any class, {@code java.lang.ProcessBuilder} included — and Camunda
 * stores it, to be instantiated by whoever reads it later (hostile case erv-005). RegionOps never
 * needs one: forms and clients send text, numbers, dates and JSON. Such a value is refused before
 * it is stored; objects our own code sets (deserialized, of our classes) pass untouched.
 */
class SerializedObjectGuard extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<TypedValueSerializer> serializers = configuration.getCustomPreVariableSerializers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreVariableSerializers());
    // The engine picks a serializer by the value's data format, so there is one refusal per format.
    for (String format : FORMATS) {
      serializers.add(new Refusal(format));
    }
    configuration.setCustomPreVariableSerializers(serializers);
  }

  static final List<String> FORMATS = List.of("application/json", "application/xml",
      "application/x-java-serialized-object");

  /** Takes only serialized objects of its format, and refuses to write them. */
  static class Refusal implements TypedValueSerializer<ObjectValue> {

    private final String format;

    Refusal(String format) {
      this.format = format;
    }

    @Override
    public String getName() {
      return "regionops-refused:" + format;
    }

    @Override
    public ValueType getType() {
      return ValueType.OBJECT;
    }

    @Override
    public boolean canHandle(TypedValue value) {
      return value instanceof ObjectValue object && !object.isDeserialized()
          && format.equals(object.getSerializationDataFormat());
    }

    @Override
    public void writeValue(ObjectValue value, ValueFields fields) {
      throw InputRejectedException.badInput(fields.getName(),
          "不接受对象类型（Object）的变量：请以文字、数字、日期或 JSON 提交（" + value.getObjectTypeName() + "）");
    }

    @Override
    public ObjectValue readValue(ValueFields fields, boolean deserialize, boolean asTransientValue) {
      throw new IllegalStateException("Nothing is ever stored with " + getName());
    }

    @Override
    public ObjectValue convertToTypedValue(UntypedValueImpl untyped) {
      throw new IllegalStateException(getName() + " takes typed object values only");
    }

    @Override
    public String getSerializationDataformat() {
      return format;
    }

    @Override
    public boolean isMutableValue(ObjectValue value) {
      return false;
    }
  }
}
