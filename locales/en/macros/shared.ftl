### Shared building blocks for reply macros — English (source).
### Every macro body starts with { greeting } and ends with { closing }.
### The composer appends { signature } after the macro; macros never include it.
### All three messages receive the same arguments as the macro that uses them.

# Variables:
#   $formality            formal | informal
#   $customer_gender      female | male | unknown
#   $customer_name        full name
#   $customer_first_name  given name
#   $customer_surname     family name (formal English address; Chinese honorifics follow it)
greeting =
    { $formality ->
        [formal] { $customer_gender ->
            [female] Dear Ms. { $customer_surname },
            [male] Dear Mr. { $customer_surname },
           *[other] Dear { $customer_name },
        }
       *[other] Hi { $customer_first_name },
    }

# Variables:
#   $agent_gender  female | male | unknown: English does not use it; Portuguese thanks
#                  agree with the agent (Obrigada / Obrigado).
closing =
    Thanks for reaching out, and have a great day!

# Variables:
#   $agent_name  the agent's display name
signature =
    Best regards,
    { $agent_name }
    Customer Support
