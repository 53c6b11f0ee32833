package dev.corekit.runtime.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.runtime.generated.PathSegmentExpander;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Everything but RFC 3986's unreserved characters is escaped, so a value reaches CORE as written. */
class PercentEncodingTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "AZaz09-._~|AZaz09-._~",
                "a b|a%20b",
                "a/b|a%2Fb",
                "a%20b|a%2520b",
                "a+b|a%2Bb",
                "code='A&B'|code%3D%27A%26B%27",
                "é|%C3%A9",
                "?#[]@!$()*,;:|%3F%23%5B%5D%40%21%24%28%29%2A%2C%3B%3A",
            })
    void encodes(String value, String expected) {
        assertThat(PercentEncoding.encode(value)).isEqualTo(expected);
        assertThat(new PathSegmentExpander().expand(value)).isEqualTo(expected);
    }
}
