package dev.corekit.bench;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The live threads by name, digits folded ({@code HttpClient-#-SelectorManager}), most numerous first. */
final class ThreadGroups {
    private ThreadGroups() {}

    static List<String> describe(int limit) {
        Map<String, Long> byName = new TreeMap<>(Thread.getAllStackTraces().keySet().stream()
                .collect(Collectors.groupingBy(t -> t.getName().replaceAll("\\d+", "#"), Collectors.counting())));
        return byName.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(limit)
                .map(e -> String.format("%,8d  %s", e.getValue(), e.getKey()))
                .toList();
    }
}
