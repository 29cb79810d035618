package dev.oxprops.specs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The public API generated for SharingMessage and MessageObject, member by member, against the committed list
 * (src/test/resources/generated-api/): taking their identities from the catalogue did not change it. After an intended
 * change, print the list with {@link #api} and review the diff.
 */
class GeneratedApiTest {
    @ParameterizedTest
    @ValueSource(strings = {"dev.oxprops.specs.oxshare.SharingMessage", "dev.oxprops.specs.oxcmsg.MessageObject"})
    void thePublicApiIsTheCommittedOne(String spec) throws Exception {
        String simple = spec.substring(spec.lastIndexOf('.') + 1);
        String expected;
        try (InputStream in = GeneratedApiTest.class.getResourceAsStream("/generated-api/" + simple + ".txt")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(expected, String.join("\n", api(spec)) + "\n");
    }

    /** Every public field, method and constructor of the five generated classes and their public nested types, sorted. */
    static List<String> api(String spec) throws ClassNotFoundException {
        List<String> out = new ArrayList<>();
        for (String suffix : List.of("Keys", "Accessor", "Validator", "Received", "Model")) {
            Class<?> c = Class.forName(spec + suffix);
            List<Class<?>> all = new ArrayList<>(List.of(c));
            all.addAll(Arrays.asList(c.getDeclaredClasses()));
            for (Class<?> k : all) {
                if (!Modifier.isPublic(k.getModifiers())) {
                    continue;
                }
                for (Field f : k.getDeclaredFields()) {
                    if (Modifier.isPublic(f.getModifiers())) {
                        out.add(k.getName() + " field " + f.getGenericType().getTypeName() + " " + f.getName());
                    }
                }
                for (Method m : k.getDeclaredMethods()) {
                    if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic()) {
                        out.add(k.getName() + " method " + m.toGenericString());
                    }
                }
                for (Constructor<?> m : k.getDeclaredConstructors()) {
                    if (Modifier.isPublic(m.getModifiers())) {
                        out.add(k.getName() + " constructor " + m.toGenericString());
                    }
                }
            }
        }
        Collections.sort(out);
        return out;
    }

    /** Prints the lists: {@code java -cp ... dev.oxprops.specs.GeneratedApiTest}. */
    public static void main(String[] args) throws IOException, ClassNotFoundException {
        for (String line : api(args[0])) {
            System.out.println(line);
        }
    }
}
