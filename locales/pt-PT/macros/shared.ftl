### Blocos partilhados das macros de resposta — português europeu.
### Todas as macros começam com { greeting } e terminam com { closing }.
### O compositor acrescenta { signature } depois da macro.

# Saudação: varia com $formality e, no registo formal, com $customer_gender.
# Género desconhecido usa uma forma neutra (nunca “Caro(a)”).
greeting =
    { $formality ->
        [informal] Olá { $customer_first_name },
       *[other] { $customer_gender ->
            [female] Cara { $customer_name },
            [male] Caro { $customer_name },
           *[other] Olá { $customer_name },
        }
    }

# Concorda com o género do AGENTE ($agent_gender): female → Obrigada;
# male ou unknown → Obrigado.
closing =
    { $agent_gender ->
        [female] Obrigada
       *[other] Obrigado
    } pelo seu contacto.

signature =
    Com os melhores cumprimentos,
    { $agent_name }
    Equipa de Apoio ao Cliente
