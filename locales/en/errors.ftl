## Refusals shared by many commands

error-internal = Sorry, something went wrong while handling this. No data was changed; please try again in a few minutes.
error-anonymous = I cannot tell who sent this (anonymous admin or channel). Please send the command from your personal account.
error-not-member = You are not a member of this committee. Ask for an invite code, then type /thamgia CODE.
error-forbidden = You are not allowed to do this. Contact the secretariat or the owner.
error-no-committee = You have not joined any committee yet. Type /thamgia CODE if you were invited, or /khoitao to set one up.
error-choose-committee = You belong to several committees. Type /chon to choose the one to work on.
error-private-only = This command works only in a private chat with me.
error-name-too-short = The name is too short (at least { $min } characters).
error-name-too-long = The name is longer than { $max } characters.
error-name-is-command = A name cannot start with “/”.
error-name-abbreviation = “{ $name }” is an abbreviation. Please type the full name, e.g. Ủy ban nhân dân xã Hòa Vang.
body-error-not-found-suggest = No body called “{ $name }”. Did you mean: { $suggestions }?
