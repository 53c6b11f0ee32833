package dev.corekit.runtime.generated;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;

/**
 * Reads free-form JSON (unknown properties, {@code JsonNode} fields) with every number exactly as sent, whatever the
 * mapper's settings: a decimal becomes a {@code BigDecimal} with its scale ({@code 48000.00} stays {@code 48000.00}),
 * an integer keeps every digit. Generated DTOs name it in their annotations, so a read-modify-write through any
 * {@code ObjectMapper} (also {@code new ObjectMapper().findAndRegisterModules()}) sends the numbers back unchanged.
 */
public final class ExactJsonNodeDeserializer extends StdDeserializer<JsonNode> {
    private static final long serialVersionUID = 1L;

    /** Jackson creates it from the annotation. */
    public ExactJsonNodeDeserializer() {
        super(JsonNode.class);
    }

    @Override
    public JsonNode deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        return read(parser, context);
    }

    @Override
    public JsonNode getNullValue(DeserializationContext context) {
        return NullNode.getInstance();
    }

    private static JsonNode read(JsonParser parser, DeserializationContext context) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT:
            case FIELD_NAME:
                return readObject(parser, context);
            case START_ARRAY:
                ArrayNode array = JsonNodeFactory.instance.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(parser, context));
                }
                return array;
            case VALUE_STRING:
                return TextNode.valueOf(parser.getText());
            case VALUE_NUMBER_INT:
                return integer(parser);
            case VALUE_NUMBER_FLOAT:
                return DecimalNode.valueOf(parser.getDecimalValue());
            case VALUE_TRUE:
                return BooleanNode.TRUE;
            case VALUE_FALSE:
                return BooleanNode.FALSE;
            case VALUE_NULL:
                return NullNode.getInstance();
            default:
                return (JsonNode) context.handleUnexpectedToken(JsonNode.class, parser);
        }
    }

    /** An object, from its START_OBJECT or (inside a buffered one) from its first FIELD_NAME. */
    private static ObjectNode readObject(JsonParser parser, DeserializationContext context) throws IOException {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        String name = parser.currentToken() == JsonToken.FIELD_NAME ? parser.currentName() : parser.nextFieldName();
        while (name != null) {
            parser.nextToken();
            object.set(name, read(parser, context));
            name = parser.nextFieldName();
        }
        return object;
    }

    private static JsonNode integer(JsonParser parser) throws IOException {
        switch (parser.getNumberType()) {
            case INT:
                return IntNode.valueOf(parser.getIntValue());
            case LONG:
                return LongNode.valueOf(parser.getLongValue());
            default:
                return BigIntegerNode.valueOf(parser.getBigIntegerValue());
        }
    }
}
