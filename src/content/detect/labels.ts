/**
 * What Microsoft's pages say, per concept, in the five languages we ship, as public documentation and
 * help-desk guides quote them (nobody here can open the live pages, so each is likely, not certain).
 * Detection never relies on these alone: each step also needs a structural signal. IT can add texts
 * per concept through policy `extraLabels`, keyed by the concept names below.
 */
const LABELS = {
  securityInfo: ['Security info', 'Sicherheitsinformationen', 'Informations de sécurité', 'Información de seguridad', 'セキュリティ情報'],
  addMethod: [
    'Add sign-in method', 'Add method', 'Anmeldemethode hinzufügen', 'Methode hinzufügen',
    'Ajouter une méthode de connexion', 'Ajouter une méthode', 'Agregar método de inicio de sesión', 'Agregar método',
    'Añadir método', 'サインイン方法の追加', '方法の追加',
  ],
  pickerTitle: [
    'Add a method', 'Add a sign-in method', 'Methode hinzufügen', 'Anmeldemethode hinzufügen', 'Ajouter une méthode',
    'Ajouter une méthode de connexion', 'Agregar un método', 'Agregar un método de inicio de sesión', '方法を追加します',
    'サインイン方法を追加します',
  ],
  appPassword: ['App password', 'App-Kennwort', "Mot de passe d'application", 'Contraseña de aplicación', 'アプリ パスワード'],
  showMore: ['Show more options', 'Weitere Optionen anzeigen', "Afficher plus d'options", 'Mostrar más opciones', 'その他のオプションを表示'],
  next: ['Next', 'Weiter', 'Suivant', 'Siguiente', '次へ'],
  done: ['Done', 'Fertig', 'Terminé', 'Listo', '完了'],
  add: ['Add', 'Hinzufügen', 'Ajouter', 'Agregar', '追加'],
  cancel: ['Cancel', 'Abbrechen', 'Annuler', 'Cancelar', 'キャンセル', 'No', 'Nein', 'Non', 'いいえ'],
  delete: ['Delete', 'Löschen', 'Supprimer', 'Eliminar', '削除'],
  confirmDelete: ['Yes', 'OK', 'Delete', 'Ja', 'Löschen', 'Oui', 'Supprimer', 'Sí', 'Eliminar', 'はい', '削除'],
  name: ['Name', 'Nom', 'Nombre', '名前'],
  password: ['Password', 'Kennwort', 'Mot de passe', 'Contraseña', 'パスワード'],
  reauth: [
    'Keep your account secure', 'More information required', "Let's try something else", 'Verify your identity',
    'Schützen Sie Ihr Konto', 'Weitere Informationen erforderlich', 'Versuchen wir etwas anderes', 'Identität überprüfen',
    'Sécuriser votre compte', "Plus d'informations requises", 'Essayons autre chose', 'Vérifier votre identité',
    'Mantener la cuenta segura', 'Se necesita más información', 'Probemos otra cosa', 'Verificar su identidad',
    'アカウントのセキュリティ保護', '詳細情報が必要', '別の方法を試しましょう', '本人確認',
  ],
  limit: ['limit', 'maximum number', 'Höchstzahl', 'Limit', 'limite', 'nombre maximal', 'límite', 'número máximo', '上限'],
  updateInfo: ['Update info', 'Informationen aktualisieren', 'Mettre à jour les informations', 'Actualizar información', '情報を更新'],
  legacyTitle: [
    'Additional security verification', 'Zusätzliche Sicherheitsüberprüfung', 'Vérification de sécurité supplémentaire',
    'Comprobación de seguridad adicional', '追加のセキュリティ確認',
  ],
  legacyAppPasswords: ['App passwords', 'App-Kennwörter', "Mots de passe d'application", 'Contraseñas de aplicación', 'アプリ パスワード'],
  create: ['Create', 'Erstellen', 'Créer', 'Crear', '作成'],
  yourAppPassword: ['Your app password', 'Ihr App-Kennwort', "Votre mot de passe d'application", 'Su contraseña de aplicación', 'アプリ パスワード'],
  copyPassword: [
    'Copy password to clipboard', 'Kennwort in die Zwischenablage kopieren', 'Copier le mot de passe dans le Presse-papiers',
    'Copiar contraseña al portapapeles', 'パスワードをクリップボードにコピー',
  ],
  close: ['Close', 'Schließen', 'Fermer', 'Cerrar', '閉じる'],
  /**
   * A copy control beside a new password. Labels of six letters or more also match inside longer
   * ones ("Kennwort in die Zwischenablage kopieren"); the legacy page's is also `copyPassword`.
   */
  copy: ['Copy', 'Copy password', 'Copy to clipboard', 'Kopieren', 'Copier', 'Copiar', 'コピー', 'クリップボードにコピー'],
} as const;

export type Concept = keyof typeof LABELS;

/** Built-in labels joined with IT's extra texts; unknown policy keys are simply unused. */
export type Vocabulary = Record<Concept, readonly string[]>;

export function vocabulary(extra: Record<string, string[]> = {}): Vocabulary {
  const out = {} as Record<Concept, readonly string[]>;
  for (const key of Object.keys(LABELS) as Concept[]) out[key] = [...LABELS[key], ...(extra[key] ?? [])];
  return out;
}
