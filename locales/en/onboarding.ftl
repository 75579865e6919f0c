## /start, /khoitao, /moi, /dangky, /thamgia, group lifecycle

start-welcome-new =
    Hello { $name }! I keep track of direct-dialogue plans: the dialogue sessions, the tasks of each body, report deadlines and reminders.

    To begin:
    • If you were invited: type /thamgia with your code, e.g. /thamgia ABCDE-FGHJK
    • If you are setting it up for your committee: type /khoitao

    Your details (name, account) are used only to assign and remind tasks within the committee. Type /help to see the commands.
start-welcome-member =
    Hello { $name }! You are working with: { $committee } (role: { $role }).
    Type /help to see the commands you can use.
start-group-registered = { $purpose ->
        [body] This group is registered as the group of { $body } ({ $committee }). Type /help to see the commands.
        [leaders] This group is registered as the leaders' group of { $committee }. Type /help to see the commands.
       *[committee] This group is registered as the main group of { $committee }. Type /help to see the commands.
    }

group-unregistered =
    This group is not registered, so I show no data here.
    To register: the secretariat creates a code with /moi in a private chat with me, then an admin of this group types here: /dangky CODE
group-added = Thanks for adding me. { group-unregistered }
group-readded = I was added back to this group. It needs a new registration: a group admin types /dangky CODE

committee-ask-name = What is the full name of the committee that issues the plans? (e.g. Ban Thường vụ Tỉnh ủy Quảng Ngãi)
committee-ask-level = What level is it?
committee-ask-time-zone = Which time zone do dates and reminders use? { $buttons ->
        [no] Choose [1] for
       *[yes] Press the button for
    } { $zone }, or type another zone (e.g. Asia/Bangkok).
committee-time-zone-default = Vietnam time ({ $zone })
committee-confirm =
    Please check:
    • Name: { $name }
    • Level: { $level }
    • Time zone: { $zone }
    Create this committee?
committee-created =
    Created: { $name }. You are its owner.
    Next steps:
    • Add the bodies: /coquan them
    • Create invite codes for body contacts and group codes: /moi
committee-error-level = Invalid level. { $buttons ->
        [no] Please pick one of the choices.
       *[yes] Please press a button.
    }
committee-error-time-zone = “{ $zone }” is not a valid time zone. A valid example: Asia/Ho_Chi_Minh.
committee-choose = Choose the committee you want to work on:
committee-chosen = Now working on: { $name }.

invite-purpose-committee-group = Register the main group (daily digest)
invite-purpose-body-group = Register a body's group
invite-purpose-leaders-group = Register the leaders' group
invite-purpose-body-contact = Invite a contact of a body
invite-purpose-leader = Invite a leader
invite-purpose-secretariat = Invite a secretariat official
invite-ask-purpose = What is the code for?
invite-ask-body = Which body? { $buttons ->
        [no] Type its number
       *[yes] Press a button, or type its number
    }, name or short name.
invite-no-bodies = There are no bodies yet. Add them with /coquan them first.
invite-created =
    Code created: { $purpose }
    • Committee: { $committee }
invite-created-validity =
    • Valid until: { $expires }, single use
    It is shown only this once; send it to the right person:
invite-created-body = • Body: { $body }
invite-usage-group = Add me to the group to register, then a group admin types there: /dangky { $code }
invite-usage-person = The invited person opens a private chat with me and types: /thamgia { $code }
invite-error-format = An invite code has 10 characters, like ABCDE-FGHJK. Please check it.
invite-error-unknown = This code is not valid. Please check it or ask for a new one.
invite-error-used = This code has already been used. Each code works once; please ask for a new one.
invite-error-expired = This code has expired. Please ask for a new one.
invite-error-body-removed = The body of this code was removed. Please ask for a new code.
invite-error-body-required = This kind of code needs an existing body.
invite-error-purpose = Invalid kind of code.
invite-error-person-code-in-group = This is a personal invite code. The invited person uses /thamgia in a private chat with me.
invite-error-group-code-in-private = This is a group registration code. A group admin types /dangky CODE in the group to register.

register-usage = Usage: /dangky CODE (the code comes from the secretariat's /moi).
register-done = { $purpose ->
        [body] Registered this group as the group of { $body } ({ $committee }). The body's tasks and deadline reminders will come here.
        [leaders] Registered this group as the leaders' group of { $committee }. The weekly summary will come here.
       *[committee] Registered this group as the main group of { $committee }. The daily deadline digest will come here.
    }
register-error-not-admin = Only an admin of this group can register it. Ask an admin to type /dangky CODE.
register-error-anonymous = You are posting anonymously as the group, so I cannot verify you. Turn off anonymous admin mode and try again.
register-error-not-group = /dangky is used in the group to register. In a private chat, use /thamgia CODE.
register-error-already-bound = This group is already registered for { $committee }. No need to register again.

join-usage = Usage: /thamgia CODE (e.g. /thamgia ABCDE-FGHJK).
join-error-not-private = Personal invite codes work only in a private chat with me, so they are not exposed in groups.
join-done-body = You are now a contact of { $body } ({ $committee }). I will send you this body's tasks and deadline reminders.
join-done-role = You joined { $committee } as { $role }.
join-kept-role = You keep your role: { $role }.
