package vn.khlt.facts;

import vn.khlt.finding.Location;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import vn.khlt.plan.Association;
import vn.khlt.plan.Indicator;
import vn.khlt.plan.Plan;
import vn.khlt.plan.ReportingUnit;

/**
 * Every figure of a batch by its key, held in flat arrays: one block per indicator and owner,
 * one slot per unit and year of the plan. Its size follows the plan (units × years ×
 * indicators × owners), never the number of rows read: a national batch of three million
 * figures takes about 25 bytes a figure, where objects would take ten times as much.
 *
 * <p>A slot keeps the first figure received for its key (its numbers and its cell), whether
 * that figure counts, and whether another figure has contradicted it. Blocks, units and years
 * are in {@link FactKey}'s order, so that walking the table visits facts sorted.
 */
public final class FactTable {

    private static final byte RECEIVED = 1;
    private static final byte ENTRY = 2;
    private static final byte FACT = 4;
    private static final byte CONFLICTED = 8;
    private static final byte BIG = 16;
    private static final byte HAS_A = 32;
    private static final byte HAS_B = 64;

    private final Plan plan;
    private final int from;
    private final int years;
    private final List<String> owners;
    private final Map<String, Integer> ownerIndex = new HashMap<>();
    private final List<ReportingUnit> units;
    private final Map<String, Integer> unitIndex = new HashMap<>();
    private final List<Indicator> indicators;
    private final Map<String, Integer> indicatorIndex = new HashMap<>();
    private final Block[] blocks;
    /**
     * The places figures were read from, by number: a sheet and the column of the value (or
     * numerator) with the column of the denominator. A sheet gives each indicator its columns,
     * so a figure needs only its place and its row.
     */
    private final List<Place> places = new ArrayList<>();
    private final Map<Place, Integer> placeIndex = new HashMap<>();

    private record Place(Location cell, Optional<Location> denominator) {

        /** Whether the cells are in this place: same file, sheet and columns, whatever the row. */
        boolean holds(Location source, Optional<Location> denominatorSource) {
            return samePlace(cell, source) && denominator.isPresent() == denominatorSource.isPresent()
                    && (denominator.isEmpty() || samePlace(denominator.get(), denominatorSource.get()));
        }

        // written out: a record's generated equality builds method handles on first use, at start-up
        @Override
        public boolean equals(Object other) {
            return other instanceof Place p && cell.equals(p.cell) && denominator.equals(p.denominator);
        }

        @Override
        public int hashCode() {
            return 31 * cell.hashCode() + denominator.hashCode();
        }
    }

    /** Numbers that are not whole or do not fit an int, by block and slot. */
    private final Map<Long, BigDecimal[]> big = new HashMap<>();

    /** One indicator's figures from one owner: a slot per unit and year. */
    private static final class Block {
        final Indicator indicator;
        final String owner;
        final byte[] state;
        final int[] a;
        final int[] b;
        final int[] place;
        final int[] row;

        Block(Indicator indicator, String owner, int slots) {
            this.indicator = indicator;
            this.owner = owner;
            this.state = new byte[slots];
            this.a = new int[slots];
            this.b = indicator.isRate() ? new int[slots] : null;
            this.place = new int[slots];
            this.row = new int[slots];
        }
    }

    public FactTable(Plan plan) {
        this.plan = plan;
        this.from = plan.period().from();
        this.years = plan.period().to() - from + 1;
        List<String> codes = new ArrayList<>(plan.associations().stream().map(Association::code).toList());
        codes.add(FactKey.PROVINCE);
        codes.sort(Comparator.naturalOrder());
        this.owners = List.copyOf(codes);
        for (int i = 0; i < owners.size(); i++) {
            ownerIndex.put(owners.get(i), i);
        }
        this.units = plan.units().stream().sorted(Comparator.comparing(ReportingUnit::code)).toList();
        for (int i = 0; i < units.size(); i++) {
            unitIndex.putIfAbsent(units.get(i).code(), i);
        }
        this.indicators = plan.indicators().stream().sorted(Comparator.comparing(Indicator::code)).toList();
        for (int i = 0; i < indicators.size(); i++) {
            indicatorIndex.putIfAbsent(indicators.get(i).code(), i);
        }
        this.blocks = new Block[indicators.size() * owners.size()];
    }

    public Plan plan() {
        return plan;
    }

    // --- writing, by the validator ------------------------------------------------------------

    /** The keys looked up last: figures come in runs of the same owner, unit and indicator. */
    private String lastOwner = "";
    private String lastUnit = "";
    private String lastIndicator = "";
    private Integer lastO;
    private Integer lastU;
    private Integer lastI;

    /** Where a key lives: a block number and a slot, packed; -1 when the key is outside the plan. */
    public long address(String owner, String unit, int year, String indicator) {
        Integer o = owner.equals(lastOwner) ? lastO : (lastO = ownerIndex.get(lastOwner = owner));
        Integer u = unit.equals(lastUnit) ? lastU : (lastU = unitIndex.get(lastUnit = unit));
        Integer i = indicator.equals(lastIndicator) ? lastI : (lastI = indicatorIndex.get(lastIndicator = indicator));
        if (o == null || u == null || i == null || year < from || year >= from + years) {
            return -1;
        }
        return ((long) (i * owners.size() + o) << 32) | (u * years + (year - from));
    }

    /** What {@link #receive} made of a figure. */
    public enum Receipt {
        /** The first figure for its key: kept, and it counts if it was sound. */
        FIRST,
        /** A sound figure with the same numbers as the one kept: it counts once. */
        REPEATED,
        /** A sound figure whose numbers differ from the one kept: neither counts. */
        CONFLICTING,
        /** A sound figure with the same numbers as the one kept, for a key already in conflict: none counts. */
        REPEATED_IN_CONFLICT,
        /** An unsound figure after the first: nothing changes. */
        IGNORED
    }

    /**
     * Takes a figure for its key (an {@link #address}): the first is kept, with its numbers (a
     * count's value, or a rate's numerator and denominator) and its cells, and counts when it is
     * {@code sound}; a later sound figure either repeats it or conflicts with it, and a conflict
     * keeps every figure of that key out.
     */
    public Receipt receive(long address, Optional<BigDecimal> a, Optional<BigDecimal> b, Location source,
            Optional<Location> denominatorSource, boolean sound) {
        Block block = block(address);
        int slot = slot(address);
        if ((block.state[slot] & ENTRY) == 0) {
            block.place[slot] = place(source, denominatorSource);
            block.row[slot] = source.row();
            amounts(address, block, a, b);
            block.state[slot] |= RECEIVED | ENTRY | (sound ? FACT : 0);
            return Receipt.FIRST;
        }
        if (!sound) {
            return Receipt.IGNORED;
        }
        Fact kept = fact(address, block);
        boolean same = same(kept.value().or(kept::numerator), a) && same(kept.denominator(), b);
        if ((block.state[slot] & CONFLICTED) == 0 && same) {
            return Receipt.REPEATED;
        }
        block.state[slot] |= CONFLICTED;
        return same ? Receipt.REPEATED_IN_CONFLICT : Receipt.CONFLICTING;
    }

    /** Keeps every figure of a key out, as a conflict does: a second figure that cannot be taken for a copy of the first. */
    public void conflict(long address) {
        Block block = block(address);
        block.state[slot(address)] |= CONFLICTED;
    }

    private static boolean same(Optional<BigDecimal> kept, Optional<BigDecimal> given) {
        return kept.isPresent() == given.isPresent() && (kept.isEmpty() || kept.get().compareTo(given.get()) == 0);
    }

    /** The figure first received for a key, as the table keeps it (whether or not it counts). */
    public Fact first(long address) {
        return fact(address, block(address));
    }

    /** Whether anything was received for a key, and whether a fact counts there. */
    public enum Standing {
        NOTHING, RECEIVED, COUNTS
    }

    /** The standing of a key; {@link Standing#NOTHING} for a key outside the plan. */
    public Standing standing(String owner, String unit, int year, String indicator) {
        long address = address(owner, unit, year, indicator);
        Block block = address < 0 ? null : blocks[(int) (address >>> 32)];
        byte state = block == null ? 0 : block.state[slot(address)];
        return counts(state) ? Standing.COUNTS : (state & RECEIVED) != 0 ? Standing.RECEIVED : Standing.NOTHING;
    }

    /**
     * For each year of the period (from its first), how many returns came: pairs of an owner and
     * a unit (of those wanted) that sent any figure that year, sound or not.
     */
    public int[] returnsByYear(java.util.function.Predicate<String> unitWanted) {
        int[] counts = new int[years];
        for (int o = 0; o < owners.size(); o++) {
            for (int u = 0; u < units.size(); u++) {
                if (!unitWanted.test(units.get(u).code())) {
                    continue;
                }
                for (int y = 0; y < years; y++) {
                    int slot = u * years + y;
                    for (int i = 0; i < indicators.size(); i++) {
                        Block block = blocks[i * owners.size() + o];
                        if (block != null && (block.state[slot] & RECEIVED) != 0) {
                            counts[y]++;
                            break;
                        }
                    }
                }
            }
        }
        return counts;
    }

    /** The returns of a year: each owner and unit that sent any figure, as {@code OWNER/UNIT}, in order. */
    public List<String> returns(int year) {
        List<String> found = new ArrayList<>();
        for (String owner : owners) {
            for (ReportingUnit unit : units) {
                if (returned(owner, unit.code(), year)) {
                    found.add(owner + "/" + unit.code());
                }
            }
        }
        return found;
    }

    /** Where units sit in this table, in the order given: looked up once, then read by {@link #standings}. */
    public int[] unitSlots(List<ReportingUnit> units) {
        int[] slots = new int[units.size()];
        for (int u = 0; u < slots.length; u++) {
            slots[u] = unitIndex.getOrDefault(units.get(u).code(), -1);
        }
        return slots;
    }

    /** The standing of each unit (of {@link #unitSlots}) for an owner, indicator and year. */
    public void standings(String owner, String indicator, int[] unitSlots, int year, Standing[] into) {
        Integer o = ownerIndex.get(owner);
        Integer i = indicatorIndex.get(indicator);
        Block block = o == null || i == null || year < from || year >= from + years ? null : blocks[i * owners.size() + o];
        for (int u = 0; u < unitSlots.length; u++) {
            byte state = block == null || unitSlots[u] < 0 ? 0 : block.state[unitSlots[u] * years + (year - from)];
            into[u] = counts(state) ? Standing.COUNTS : (state & RECEIVED) != 0 ? Standing.RECEIVED : Standing.NOTHING;
        }
    }

    /**
     * Whether a unit sent anything for an owner and year: some figure of some indicator, sound or
     * not. Tells a unit that left one figure blank from a unit that sent no return at all.
     */
    public boolean returned(String owner, String unit, int year) {
        Integer o = ownerIndex.get(owner);
        Integer u = unitIndex.get(unit);
        if (o == null || u == null || year < from || year >= from + years) {
            return false;
        }
        int slot = u * years + (year - from);
        for (int i = 0; i < indicators.size(); i++) {
            Block block = blocks[i * owners.size() + o];
            if (block != null && (block.state[slot] & RECEIVED) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Receives each pair of counted facts of the same key in two years running. */
    public interface YearPairs {
        void pair(Indicator indicator, YearPair pair);
    }

    /**
     * Two counted facts of the same owner, unit and indicator in consecutive years, read from the
     * table only as far as they are asked for: their numbers for every pair, the whole facts (key,
     * source cells) for the few a check has something to say about. Valid during its call only.
     */
    public interface YearPair {
        /** The figure as one number (the value, or a rate's numerator): of the year, or of the year before. */
        BigDecimal amount(boolean now);

        /**
         * Whether a rate is lower in the year than the year before, as exact fractions; false when
         * either year's denominator is zero.
         */
        boolean rateFell();

        Fact before();

        Fact now();
    }

    /** Every pair of counted facts for the same owner, unit and indicator in consecutive years, of the indicators asked for. */
    public void forEachYearPair(java.util.function.Predicate<Indicator> which, YearPairs action) {
        Pair pair = new Pair();
        for (int number = 0; number < blocks.length; number++) {
            Block block = blocks[number];
            if (block == null || !which.test(block.indicator)) {
                continue;
            }
            pair.block = block;
            for (int slot = 0; slot < block.state.length; slot++) {
                if (slot % years != 0 && counts(block.state[slot]) && counts(block.state[slot - 1])) {
                    pair.address = ((long) number << 32) | slot;
                    action.pair(block.indicator, pair);
                }
            }
        }
    }

    /** The one {@link YearPair} of a walk, moved from pair to pair. */
    private final class Pair implements YearPair {
        private Block block;
        private long address;

        @Override
        public BigDecimal amount(boolean now) {
            return FactTable.this.amount(now ? address : address - 1, block, false).orElseThrow();
        }

        @Override
        public boolean rateFell() {
            if (!block.indicator.isRate()) {
                return false;
            }
            BigDecimal wasOf = FactTable.this.amount(address - 1, block, false).orElseThrow();
            BigDecimal wasIn = FactTable.this.amount(address - 1, block, true).orElseThrow();
            BigDecimal isOf = FactTable.this.amount(address, block, false).orElseThrow();
            BigDecimal isIn = FactTable.this.amount(address, block, true).orElseThrow();
            if (wasIn.signum() == 0 || isIn.signum() == 0) {
                return false;
            }
            if (wasIn.signum() > 0 && isIn.signum() > 0) {
                return isOf.multiply(wasIn).compareTo(wasOf.multiply(isIn)) < 0; // a/b < c/d, without dividing
            }
            return Fact.percent(isOf, isIn).orElseThrow().compareTo(Fact.percent(wasOf, wasIn).orElseThrow()) < 0;
        }

        @Override
        public Fact before() {
            return fact(address - 1, block);
        }

        @Override
        public Fact now() {
            return fact(address, block);
        }
    }







    private Block block(long address) {
        int number = (int) (address >>> 32);
        Block block = blocks[number];
        if (block == null) {
            block = new Block(indicators.get(number / owners.size()), owners.get(number % owners.size()), units.size() * years);
            blocks[number] = block;
        }
        return block;
    }

    private static int slot(long address) {
        return (int) address;
    }

    /** The places looked up last: figures come in runs from the same sheet, over a few columns. */
    private final Place[] recent = new Place[4];
    private final int[] recentIndex = new int[4];
    private int nextRecent;

    /** The number of a figure's place: its sheet and columns, its row left out. */
    private int place(Location source, Optional<Location> denominator) {
        for (int i = 0; i < recent.length; i++) {
            if (recent[i] != null && recent[i].holds(source, denominator)) {
                return recentIndex[i];
            }
        }
        Place place = new Place(source.at(0, source.column()), denominator.map(d -> d.at(0, d.column())));
        Integer known = placeIndex.get(place);
        if (known == null) {
            places.add(place);
            known = places.size() - 1;
            placeIndex.put(place, known);
        }
        recent[nextRecent] = place;
        recentIndex[nextRecent] = known;
        nextRecent = (nextRecent + 1) % recent.length;
        return known;
    }

    private static boolean samePlace(Location place, Location cell) {
        return place.file().equals(cell.file()) && place.sheet().equals(cell.sheet()) && place.column().equals(cell.column());
    }

    private String file(int place) {
        return places.get(place).cell().file();
    }

    /** Keeps a figure's numbers in a slot: as ints when they are whole and fit, else aside. */
    private void amounts(long address, Block block, Optional<BigDecimal> a, Optional<BigDecimal> b) {
        int slot = slot(address);
        long la = a.isPresent() ? whole(a.get()) : 0;
        long lb = b.isPresent() ? whole(b.get()) : 0;
        byte state = (byte) (block.state[slot] & ~(HAS_A | HAS_B | BIG));
        if (a.isPresent()) {
            state |= HAS_A;
        }
        if (b.isPresent()) {
            state |= HAS_B;
        }
        if (la == NOT_AN_INT || lb == NOT_AN_INT || b.isPresent() && block.b == null) {
            state |= BIG;
            big.put(address, new BigDecimal[] {a.orElse(null), b.orElse(null)});
        } else {
            block.a[slot] = (int) la;
            if (block.b != null) {
                block.b[slot] = (int) lb;
            }
        }
        block.state[slot] = state;
    }

    /** Marks a number that is not whole or does not fit an int. */
    private static final long NOT_AN_INT = Long.MIN_VALUE;

    private static long whole(BigDecimal value) {
        if (value.signum() != 0 && value.scale() > 0 && value.stripTrailingZeros().scale() > 0) {
            return NOT_AN_INT;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            return NOT_AN_INT;
        }
    }

    /** A slot's value (or numerator), {@code second} false, or its denominator, {@code second} true. */
    private Optional<BigDecimal> amount(long address, Block block, boolean second) {
        int slot = slot(address);
        byte state = block.state[slot];
        if ((state & (second ? HAS_B : HAS_A)) == 0) {
            return Optional.empty();
        }
        if ((state & BIG) != 0) {
            return Optional.of(big.get(address)[second ? 1 : 0]);
        }
        return Optional.of(BigDecimal.valueOf(second ? block.b[slot] : block.a[slot]));
    }

    /** Forgets every figure first received from a file. */
    public void discard(String file) {
        for (int number = 0; number < blocks.length; number++) {
            Block block = blocks[number];
            if (block == null) {
                continue;
            }
            for (int slot = 0; slot < block.state.length; slot++) {
                if (block.state[slot] != 0 && file(block.place[slot]).equals(file)) {
                    block.state[slot] = 0;
                    big.remove(((long) number << 32) | slot);
                }
            }
        }
    }

    // --- reading ---------------------------------------------------------------------------------

    /** How many facts count. */
    public long size() {
        long size = 0;
        for (Block block : blocks) {
            if (block != null) {
                for (byte state : block.state) {
                    if (counts(state)) {
                        size++;
                    }
                }
            }
        }
        return size;
    }

    private static boolean counts(byte state) {
        return (state & (FACT | CONFLICTED)) == FACT;
    }

    /** The fact of a key, when one counts. */
    public Optional<Fact> get(FactKey key) {
        long address = address(key.owner(), key.unit(), key.year(), key.indicator());
        if (address < 0 || blocks[(int) (address >>> 32)] == null) {
            return Optional.empty();
        }
        Block block = blocks[(int) (address >>> 32)];
        return counts(block.state[slot(address)]) ? Optional.of(fact(address, block)) : Optional.empty();
    }

    /** Every fact that counts, in key order. */
    public void forEach(Consumer<Fact> action) {
        for (int number = 0; number < blocks.length; number++) {
            Block block = blocks[number];
            if (block == null) {
                continue;
            }
            for (int slot = 0; slot < block.state.length; slot++) {
                if (counts(block.state[slot])) {
                    action.accept(fact(((long) number << 32) | slot, block));
                }
            }
        }
    }

    /** The facts as a sorted map: for tests and small batches. */
    public SortedMap<FactKey, Fact> asMap() {
        TreeMap<FactKey, Fact> map = new TreeMap<>();
        forEach(f -> map.put(f.key(), f));
        return map;
    }

    /** The latest year that has a counted fact, within the period. */
    public Optional<Integer> latestYear() {
        int latest = -1;
        for (Block block : blocks) {
            if (block != null) {
                for (int slot = 0; slot < block.state.length; slot++) {
                    if (counts(block.state[slot])) {
                        latest = Math.max(latest, slot % years);
                    }
                }
            }
        }
        return latest < 0 ? Optional.empty() : Optional.of(from + latest);
    }

    private Fact fact(long address, Block block) {
        int slot = slot(address);
        ReportingUnit unit = units.get(slot / years);
        FactKey key = new FactKey(block.owner, unit.code(), from + slot % years, block.indicator.code());
        Place place = places.get(block.place[slot]);
        List<Location> sources = new ArrayList<>(2);
        sources.add(place.cell().at(block.row[slot], place.cell().column()));
        place.denominator().ifPresent(d -> sources.add(d.at(block.row[slot], d.column())));
        Optional<BigDecimal> a = amount(address, block, false);
        Optional<BigDecimal> b = amount(address, block, true);
        return block.indicator.isRate() ? new Fact(key, Optional.empty(), a, b, sources)
                : new Fact(key, a, Optional.empty(), Optional.empty(), sources);
    }

    // --- sums, for consolidation ------------------------------------------------------------------

    /**
     * Sums the counted facts of each indicator and owner by year over groups of units:
     * {@code group[unit]} is the group of each unit in {@link #unitOrder()} order, -1 to leave it out.
     */
    public Sums sum(int[] group, int groups) {
        Sums sums = new Sums(groups, years);
        for (int number = 0; number < blocks.length; number++) {
            Block block = blocks[number];
            if (block == null) {
                continue;
            }
            Sums.Part part = null;
            for (int unit = 0; unit < group.length; unit++) {
                int g = group[unit];
                if (g < 0) {
                    continue;
                }
                for (int year = 0, slot = unit * years; year < years; year++, slot++) {
                    byte state = block.state[slot];
                    if (!counts(state)) {
                        continue;
                    }
                    if (part == null) {
                        part = sums.part(block.indicator.code(), block.owner, block.b != null);
                    }
                    int cell = g * years + year;
                    if ((state & BIG) != 0) {
                        BigDecimal[] numbers = big.get(((long) number << 32) | slot);
                        part.add(cell, numbers[0], numbers[1]);
                    } else {
                        part.add(cell, block.a[slot], block.b == null ? 0 : block.b[slot]);
                    }
                }
            }
        }
        return sums;
    }

    /** The owners (associations' codes and {@code province}) in the order of the table's blocks: sorted. */
    public List<String> owners() {
        return owners;
    }

    /** The plan's units in the order of the table's slots (sorted by code). */
    public List<ReportingUnit> unitOrder() {
        return units;
    }

    public int from() {
        return from;
    }

    public int years() {
        return years;
    }
}
