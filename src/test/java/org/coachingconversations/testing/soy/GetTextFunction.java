package org.coachingconversations.testing.soy;

import org.coachingconversations.testing.i18n.I18nBundle;
import com.google.template.soy.base.SoySyntaxException;
import com.google.template.soy.base.internal.BaseUtils;
import com.google.template.soy.data.SoyValue;
import com.google.template.soy.data.restricted.BooleanData;
import com.google.template.soy.data.restricted.FloatData;
import com.google.template.soy.data.restricted.IntegerData;
import com.google.template.soy.data.restricted.NullData;
import com.google.template.soy.data.restricted.StringData;
import com.google.template.soy.data.restricted.UndefinedData;
import com.google.template.soy.jssrc.restricted.JsExpr;
import com.google.template.soy.jssrc.restricted.SoyJsSrcFunction;
import com.google.template.soy.shared.restricted.SoyJavaFunction;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Test stand-in for the {@code getText(key, args...)} Soy function that Confluence's Soy renderer provides.
 * Like the host's, it takes the key plus up to 18 arguments and returns plain text, which autoescape then
 * HTML-escapes where it is printed. On the JavaScript side the key must be a string literal, because the host
 * resolves it when it compiles the template for the browser. Unlike the host, a missing key fails instead of
 * printing the key.
 */
final class GetTextFunction implements SoyJavaFunction, SoyJsSrcFunction {

    static final String NAME = "getText";

    private static final Set<Integer> ARGUMENT_COUNTS =
            IntStream.rangeClosed(1, 19).boxed().collect(Collectors.toUnmodifiableSet());
    private static final Pattern JS_STRING_LITERAL = Pattern.compile("^'([^'\\\\]*)'$");

    private final I18nBundle bundle;

    GetTextFunction(I18nBundle bundle) {
        this.bundle = bundle;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public Set<Integer> getValidArgsSizes() {
        return ARGUMENT_COUNTS;
    }

    @Override
    public SoyValue computeForJava(List<SoyValue> args) {
        SoyValue key = args.get(0);
        if (!(key instanceof StringData)) {
            throw new IllegalArgumentException("The first argument of getText() must be an i18n key, not " + key);
        }
        Object[] arguments = args.subList(1, args.size()).stream().map(GetTextFunction::toJava).toArray();
        return StringData.forValue(bundle.text(key.stringValue(), arguments));
    }

    @Override
    public JsExpr computeForJsSrc(List<JsExpr> args) {
        String keyExpression = args.get(0).getText();
        Matcher literal = JS_STRING_LITERAL.matcher(keyExpression);
        if (!literal.matches()) {
            throw SoySyntaxException.createWithoutMetaInfo(
                    "The first argument of getText() must be a string literal (Confluence resolves it when it"
                            + " compiles the template for the browser), not " + keyExpression);
        }
        String key = literal.group(1);
        try {
            if (args.size() == 1) {
                return new JsExpr(BaseUtils.escapeToSoyString(bundle.text(key), false), Integer.MAX_VALUE);
            }
            String formatArguments = args.subList(1, args.size()).stream().map(JsExpr::getText)
                    .collect(Collectors.joining(","));
            return new JsExpr("AJS.format(" + BaseUtils.escapeToSoyString(bundle.rawText(key), false) + ","
                    + formatArguments + ")", Integer.MAX_VALUE);
        } catch (I18nBundle.MissingI18nKeyException e) {
            throw SoySyntaxException.createCausedWithoutMetaInfo(e.getMessage(), e);
        }
    }

    private static Object toJava(SoyValue value) {
        if (value instanceof IntegerData) {
            return value.longValue();
        }
        if (value instanceof FloatData) {
            return value.floatValue();
        }
        if (value instanceof BooleanData) {
            return value.booleanValue();
        }
        if (value instanceof NullData || value instanceof UndefinedData) {
            return "null";
        }
        return value.coerceToString();
    }
}
