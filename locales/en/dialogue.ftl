# Names, read permissions, forgiving dialogues, dates (issue 10)

error-name-no-letter = “{ $name }” is not a name: a name has letters. Please type the name in letters.
error-name-symbols = “{ $name }” holds symbols that no body's name has. A name has only letters, digits, spaces and . , - ( ) / &
error-title-no-letter = “{ $name }” says nothing: please write it in words.
error-title-symbols = “{ $name }” holds pictographs (emoji). Please write it in words.
error-members-only = Only members of the committee may see this. Members can ask the bot in private.
body-details-public =
    { $body }
    Other names: { $aliases }
actor-member = a member
