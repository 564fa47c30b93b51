### 回覆範本共用片段 — 繁體中文（台灣）。
### 每個範本以 { greeting } 開頭、以 { closing } 結尾；
### 簽名 { signature } 由編輯器在範本之後另外附加。

# 稱呼：正式場合依 $customer_gender 在姓氏後加敬稱；性別不明時只用「您好！」。
greeting =
    { $formality ->
        [informal] { $customer_first_name }，您好！
       *[other] { $customer_gender ->
            [female] { $customer_surname }小姐，您好！
            [male] { $customer_surname }先生，您好！
           *[other] 您好！
        }
    }

closing =
    如有任何問題，歡迎隨時與我們聯繫，祝您有美好的一天！

signature =
    客服專員 { $agent_name } 敬上
