### Blocos compartilhados das macros de resposta — português do Brasil.
### Toda macro começa com { greeting } e termina com { closing }.
### O compositor acrescenta { signature } depois da macro.

# Saudação: varia com $formality e, no registro formal, com $customer_gender.
# Gênero desconhecido usa uma forma neutra (nunca “Prezado(a)”).
greeting =
    { $formality ->
        [formal] { $customer_gender ->
            [female] Prezada { $customer_name },
            [male] Prezado { $customer_name },
           *[other] Olá, { $customer_name }!
        }
       *[other] Olá, { $customer_first_name }!
    }

# Concorda com o gênero do ATENDENTE ($agent_gender): female → Obrigada;
# male ou unknown → Obrigado.
closing =
    { $agent_gender ->
        [female] Obrigada
       *[other] Obrigado
    } pelo contato!

signature =
    Atenciosamente,
    { $agent_name }
    Equipe de Atendimento
