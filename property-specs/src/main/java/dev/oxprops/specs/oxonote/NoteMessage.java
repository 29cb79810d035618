package dev.oxprops.specs.oxonote;

import dev.oxprops.annotations.Condition;
import dev.oxprops.annotations.Implies;
import dev.oxprops.annotations.Level;
import dev.oxprops.annotations.MessageClass;
import dev.oxprops.annotations.OneOf;
import dev.oxprops.annotations.Presence;
import dev.oxprops.annotations.PresenceRule;
import dev.oxprops.annotations.Ref;
import dev.oxprops.annotations.Spec;
import dev.oxprops.annotations.Value;
import dev.oxprops.specs.catalog.LidsNote;
import dev.oxprops.specs.catalog.Tags1000To2FFF;
import dev.oxprops.specs.oxcmsg.MessageObject;

/**
 * [MS-OXONOTE] Note Object Protocol: the properties of a sticky note (section 2.2) and their rules.
 *
 * <p>Every property is declared once, in the MS-OXPROPS catalogue ({@link LidsNote}, {@link Tags1000To2FFF})
 * or in {@link MessageObject}; this interface picks them with {@link Ref} and adds only the note's rules. The
 * spec has no discriminator: every note is the same kind of message.
 *
 * <p>Not expressible yet (docs/specs.md, "Vocabulary gaps"): the window size is a positive number of
 * pixels (a range rule).
 */
@Spec(id = "MS-OXONOTE", title = "Note Object Protocol", messageClass = "IPM.StickyNote", messageClassIsPrefix = true,
        generatedName = "NoteMessage")
@Implies(when = @Condition(property = "PidLidNoteColor", values = "BLUE"),
        then = @Condition(property = "PidTagIconIndex", values = "NOTE_BLUE"), level = Level.SHOULD, section = "2.2.2.2",
        note = "the icon matches the note's color")
@Implies(when = @Condition(property = "PidLidNoteColor", values = "GREEN"),
        then = @Condition(property = "PidTagIconIndex", values = "NOTE_GREEN"), level = Level.SHOULD, section = "2.2.2.2",
        note = "the icon matches the note's color")
@Implies(when = @Condition(property = "PidLidNoteColor", values = "PINK"),
        then = @Condition(property = "PidTagIconIndex", values = "NOTE_PINK"), level = Level.SHOULD, section = "2.2.2.2",
        note = "the icon matches the note's color")
@Implies(when = @Condition(property = "PidLidNoteColor", values = "YELLOW"),
        then = @Condition(property = "PidTagIconIndex", values = "NOTE_YELLOW"), level = Level.SHOULD, section = "2.2.2.2",
        note = "the icon matches the note's color")
@Implies(when = @Condition(property = "PidLidNoteColor", values = "WHITE"),
        then = @Condition(property = "PidTagIconIndex", values = "NOTE_WHITE"), level = Level.SHOULD, section = "2.2.2.2",
        note = "the icon matches the note's color")
public interface NoteMessage extends MessageObject {
    @Override
    @MessageClass(section = "2.2.2.1")
    @Presence(value = PresenceRule.REQUIRED, section = "2.2.2.1")
    String messageClass();

    /** The suggested background color of the note. */
    @Ref(in = LidsNote.class)
    @OneOf(value = {
        @Value(name = "BLUE", value = "0x00000000", meaning = "Blue"),
        @Value(name = "GREEN", value = "0x00000001", meaning = "Green"),
        @Value(name = "PINK", value = "0x00000002", meaning = "Pink"),
        @Value(name = "YELLOW", value = "0x00000003", meaning = "Yellow"),
        @Value(name = "WHITE", value = "0x00000004", meaning = "White")
    }, section = "2.2.1.1")
    int noteColor();

    /** The width of the note's window, in pixels. */
    @Ref(in = LidsNote.class)
    int noteWidth();

    /** The height of the note's window, in pixels. */
    @Ref(in = LidsNote.class)
    int noteHeight();

    /** The distance of the note's window from the left edge of the screen, in pixels. */
    @Ref(in = LidsNote.class)
    int noteX();

    /** The distance of the note's window from the top edge of the screen, in pixels. */
    @Ref(in = LidsNote.class)
    int noteY();

    /** The icon of the note, one per color. */
    @Ref(in = Tags1000To2FFF.class)
    @OneOf(value = {
        @Value(name = "NOTE_BLUE", value = "0x00000300", meaning = "Blue note"),
        @Value(name = "NOTE_GREEN", value = "0x00000301", meaning = "Green note"),
        @Value(name = "NOTE_PINK", value = "0x00000302", meaning = "Pink note"),
        @Value(name = "NOTE_YELLOW", value = "0x00000303", meaning = "Yellow note"),
        @Value(name = "NOTE_WHITE", value = "0x00000304", meaning = "White note")
    }, section = "2.2.2.2")
    int iconIndex();
}
